package io.triage.backend.llama;

import de.kherud.llama.LlamaModel;
import de.kherud.llama.ModelParameters;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Loads a GGUF model into llama.cpp and turns every way that can fail (no file, not a model, the
 * native library missing for this platform) into a reason instead of an exception, so that a
 * misconfigured local model leaves its backend unavailable rather than stopping the gateway.
 */
final class ModelLoader {

    private static final System.Logger LOG = System.getLogger(ModelLoader.class.getName());

    /**
     * The outcome of loading.
     *
     * @param model   the model, or null when it could not be loaded
     * @param failure why it could not be loaded, or an empty string
     */
    record Loaded(LlamaModel model, String failure) {
    }

    private ModelLoader() {
    }

    static Loaded load(LlamaCppSettings settings) {
        Path path = settings.modelPath().toAbsolutePath();
        if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
            return failed(settings, "model file " + path + " does not exist or is not a readable file");
        }
        try {
            LlamaModel model = new LlamaModel(parameters(settings, path));
            LOG.log(System.Logger.Level.INFO, "Backend ''{0}'': loaded {1} as ''{2}'' ({3} slots of {4} tokens)",
                    settings.name(), path, settings.modelName(), settings.parallelSlots(), settings.contextSize());
            return new Loaded(model, "");
        } catch (RuntimeException | LinkageError e) {
            // LlamaException for a file llama.cpp rejects; UnsatisfiedLinkError and its follow-ups
            // (NoClassDefFoundError) when the native library does not load on this platform
            return failed(settings, "llama.cpp cannot load model file " + path + ": " + e);
        }
    }

    private static ModelParameters parameters(LlamaCppSettings settings, Path path) {
        ModelParameters parameters = new ModelParameters()
                .setModel(path.toString())
                .setCtxSize(settings.contextSize() * settings.parallelSlots())
                .setParallel(settings.parallelSlots());
        if (settings.threads() > 0) {
            parameters.setThreads(settings.threads()).setThreadsBatch(settings.threads());
        }
        if (!LOG.isLoggable(System.Logger.Level.DEBUG)) {
            // llama.cpp writes its own log to stderr; it is only wanted when debugging this package
            parameters.disableLog();
        }
        return parameters;
    }

    private static Loaded failed(LlamaCppSettings settings, String reason) {
        LOG.log(System.Logger.Level.WARNING, "Backend ''{0}'' is unavailable: {1}", settings.name(), reason);
        return new Loaded(null, reason);
    }
}
