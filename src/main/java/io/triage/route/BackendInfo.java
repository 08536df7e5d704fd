package io.triage.route;

import io.triage.backend.Tier;

import java.util.List;

/**
 * What the router needs to know of a backend.
 *
 * @param name   the backend name
 * @param tier   local or remote
 * @param models the models it serves; the first is its default
 */
public record BackendInfo(String name, Tier tier, List<String> models) {

    public BackendInfo {
        models = List.copyOf(models);
    }

    public String defaultModel() {
        return models.isEmpty() ? "" : models.get(0);
    }
}
