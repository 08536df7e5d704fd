package io.triage.backend.llama;

import io.triage.backend.BackendException;
import io.triage.backend.BackendException.Kind;
import io.triage.backend.ChatBackend;
import io.triage.backend.Tier;
import io.triage.chat.ChatRequest;
import io.triage.chat.ChatResult;
import io.triage.chat.Message;
import io.triage.chat.ToolChoice;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * A GGUF model run inside the JVM by llama.cpp, through the {@code de.kherud:llama} JNI binding.
 *
 * <p><b>Prompt.</b> The conversation is rendered with the chat template stored in the GGUF file, as
 * llama.cpp recognises it (ChatML, Llama 2 and 3, Mistral, Gemma, Phi and the other common ones;
 * an unknown template falls back to ChatML). System and developer messages form the system prompt;
 * tool calls and tool results are written as plain text, as {@link ChatPrompt} describes. Images are
 * refused as invalid requests. Tool definitions are not shown to the model and the answer never
 * holds tool calls, so a request that requires a tool call is refused as invalid too.
 *
 * <p><b>Sampling.</b> Temperature, top-p, seed, presence and frequency penalties, the token limit
 * and stop sequences are honoured; {@code json_object} and {@code json_schema} constrain decoding
 * with a grammar ({@link InferenceOptions}). Stop sequences are cut out here, not in llama.cpp, so
 * that neither a stop sequence nor its beginning ever reaches the caller. The token limit defaults
 * to, and is capped at, what is left of the request's context after the prompt. The finish reason
 * is {@code length} when the limit was reached, {@code stop} otherwise.
 *
 * <p><b>Usage.</b> Prompt tokens are the rendered prompt's tokens, counted with the model's
 * tokenizer (a start token llama.cpp may add is not counted). Completion tokens are the tokens
 * llama.cpp generated (the end-of-turn token included), counted from its stream: exact, except
 * that tokens which together form a single character count once.
 *
 * <p><b>Concurrency.</b> llama.cpp decodes {@code parallelSlots} requests at once, batched
 * together; {@link Admission} lets at most {@code parallelSlots + maxQueued} requests in and
 * refuses the next one as {@link Kind#OVERLOADED} after waiting {@code queueTimeout}, first come
 * first served, so that the router can spill over to another backend instead of queueing without
 * bound. Generation, which blocks inside native code, runs on the backend's own platform threads
 * ({@link NativeGeneration}), so callers on virtual threads wait without pinning their carrier
 * (only the short template and tokenizer calls run on the caller's thread). {@code onDelta} is
 * called on the calling thread.
 *
 * <p><b>Errors.</b> The model is loaded when the backend is constructed; a missing or unloadable
 * file leaves the backend unavailable with the reason, and its calls fail as
 * {@link Kind#UNAVAILABLE}. A prompt that leaves no room in the context fails as
 * {@link Kind#CONTEXT_LENGTH_EXCEEDED}, a schema llama.cpp cannot convert as
 * {@link Kind#INVALID_REQUEST}, any other native failure as {@link Kind#OTHER}.
 */
public final class LlamaCppBackend implements ChatBackend {

    private static final System.Logger LOG = System.getLogger(LlamaCppBackend.class.getName());
    private static final Duration CLOSE_GRACE = Duration.ofSeconds(30);

    private final LlamaCppSettings settings;
    private final ModelLoader.Loaded loaded;
    private final Admission admission;
    private final ModelGuard guard = new ModelGuard();
    private final ExecutorService workers;
    private final AtomicBoolean closed = new AtomicBoolean();

    /** Loads the model; never throws for a model that cannot be loaded (see {@link #available()}). */
    public LlamaCppBackend(LlamaCppSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.loaded = ModelLoader.load(settings);
        this.admission = new Admission(settings.name(), settings.capacity(), settings.queueTimeout());
        this.workers = Executors.newFixedThreadPool(settings.capacity(),
                Thread.ofPlatform().daemon().name("llama-" + settings.name() + "-", 0).factory());
    }

    @Override
    public String name() {
        return settings.name();
    }

    @Override
    public Tier tier() {
        return Tier.LOCAL;
    }

    @Override
    public List<String> models() {
        return List.of(settings.modelName());
    }

    @Override
    public boolean available() {
        return loaded.model() != null && !guard.isShut();
    }

    @Override
    public String unavailableReason() {
        if (loaded.model() == null) {
            return loaded.failure();
        }
        return guard.isShut() ? "the backend has been closed" : "";
    }

    @Override
    public ChatResult chat(ChatRequest request) {
        return stream(request, piece -> {
        });
    }

    @Override
    public ChatResult stream(ChatRequest request, Consumer<String> onDelta) {
        Objects.requireNonNull(onDelta, "onDelta");
        refuseUnsupported(request);
        try (ModelGuard.Lease lease = lease(); Admission.Permit permit = admission.enter()) {
            Completion completion = Completion.prepare(loaded.model(), settings, request);
            return completion.run(workers, lease(), onDelta);
        }
    }

    /** The number of tokens the model's tokenizer makes of a text (without a start token). */
    public int countTokens(String text) {
        try (ModelGuard.Lease lease = lease()) {
            return loaded.model().encode(text).length;
        }
    }

    /**
     * Refuses new requests, waits up to 30 s for the running ones and frees the model. If some are
     * still running then, the model is left allocated rather than freed under them.
     */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        try {
            boolean idle = guard.shut(CLOSE_GRACE);
            workers.shutdown();
            if (idle && loaded.model() != null) {
                loaded.model().close();
            } else if (!idle) {
                LOG.log(System.Logger.Level.WARNING, "Backend ''{0}'': requests still running after {1} s; "
                        + "the model stays allocated", settings.name(), CLOSE_GRACE.toSeconds());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            LOG.log(System.Logger.Level.WARNING, "Backend ''{0}'': interrupted while closing; the model stays "
                    + "allocated", settings.name());
        }
    }

    private ModelGuard.Lease lease() {
        if (loaded.model() == null) {
            throw new BackendException(settings.name(), Kind.UNAVAILABLE, loaded.failure(), null);
        }
        return guard.enter().orElseThrow(() -> new BackendException(settings.name(), Kind.UNAVAILABLE,
                "the backend has been closed", null));
    }

    private void refuseUnsupported(ChatRequest request) {
        if (request.messages().stream().anyMatch(Message::hasImage)) {
            throw invalid("model '" + settings.modelName() + "' reads text only; the request contains images");
        }
        ToolChoice.Mode toolMode = request.toolChoice().mode();
        if (!request.tools().isEmpty() && (toolMode == ToolChoice.Mode.REQUIRED || toolMode == ToolChoice.Mode.FUNCTION)) {
            throw invalid("model '" + settings.modelName() + "' cannot call tools; the request requires a tool call");
        }
        Integer maxTokens = request.sampling().maxTokens();
        if (maxTokens != null && maxTokens < 1) {
            throw invalid("max_tokens must be at least 1, was " + maxTokens);
        }
    }

    private BackendException invalid(String message) {
        return new BackendException(settings.name(), Kind.INVALID_REQUEST, message, null);
    }
}
