package io.triage.route;

import java.util.List;

/** The request named a model that no alias, route or backend serves. */
public class UnknownModelException extends RuntimeException {

    private final String model;

    public UnknownModelException(String model, List<String> known) {
        super("The model '" + model + "' does not exist or is not served by this gateway (available: "
                + String.join(", ", known) + ")");
        this.model = model;
    }

    public String model() {
        return model;
    }
}
