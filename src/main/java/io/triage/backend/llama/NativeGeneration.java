package io.triage.backend.llama;

import de.kherud.llama.InferenceParameters;
import de.kherud.llama.LlamaIterator;
import de.kherud.llama.LlamaModel;
import de.kherud.llama.LlamaOutput;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One completion running in llama.cpp. The binding's calls block inside native code, which pins a
 * virtual thread to its carrier; so the blocking loop runs on a platform thread of the backend's
 * pool and hands each piece over through a queue, on which the caller (usually a virtual thread)
 * waits without pinning anything.
 *
 * <p>llama.cpp sends one piece per generated token (an empty one for a token that ends the turn,
 * or whose text is held back; several tokens together when a character spans them), and a last,
 * empty piece when it stops. Closing the generation before its end cancels it: the worker cancels
 * the native task between two pieces, never while it waits for one, since a task cancelled under a
 * waiting receiver never answers it.
 */
final class NativeGeneration implements AutoCloseable {

    /**
     * A piece of generated text.
     *
     * @param text the text, possibly empty
     * @param last true for llama.cpp's closing piece, which is not a generated token
     */
    record Piece(String text, boolean last) {
    }

    private record Failure(Throwable cause) {
    }

    private final BlockingQueue<Object> pieces = new LinkedBlockingQueue<>();
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private boolean ended;

    private NativeGeneration() {
    }

    /**
     * Starts a completion on one of the executor's threads; the lease is returned when the native
     * task is over.
     */
    static NativeGeneration start(LlamaModel model, InferenceParameters parameters, Executor executor,
                                  ModelGuard.Lease lease) {
        NativeGeneration generation = new NativeGeneration();
        try {
            executor.execute(() -> generation.run(model, parameters, lease));
        } catch (RuntimeException e) {
            lease.close();
            throw e;
        }
        return generation;
    }

    /**
     * Waits for the next piece.
     *
     * @throws NativeFailure when llama.cpp failed
     */
    Piece next() throws InterruptedException {
        Object next = pieces.take();
        if (next instanceof Failure failure) {
            ended = true;
            throw new NativeFailure(failure.cause());
        }
        Piece piece = (Piece) next;
        ended = piece.last();
        return piece;
    }

    /** Cancels the completion unless it has ended. */
    @Override
    public void close() {
        if (!ended) {
            cancelled.set(true);
        }
    }

    private void run(LlamaModel model, InferenceParameters parameters, ModelGuard.Lease lease) {
        try (lease) {
            LlamaIterator tokens = model.generate(parameters).iterator();
            while (tokens.hasNext()) {
                if (cancelled.get()) {
                    tokens.cancel();
                    return;
                }
                LlamaOutput output = tokens.next();
                pieces.add(new Piece(output.text, !tokens.hasNext()));
            }
        } catch (RuntimeException | Error e) {
            pieces.add(new Failure(e));
        }
    }

    /** llama.cpp reported an error, or the binding failed. */
    static final class NativeFailure extends RuntimeException {
        NativeFailure(Throwable cause) {
            super(cause.getMessage(), cause);
        }
    }
}
