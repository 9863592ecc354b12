package org.physiokiosk.speech;

import java.util.concurrent.CompletableFuture;

/** One piece of text being read aloud: it can be stopped, and says when it has ended. */
public final class Utterance {

    private final CompletableFuture<Void> ended = new CompletableFuture<>();
    private final Runnable stopper;

    /** @param stopper ends the speech early (kills its process); called at most once */
    public Utterance(Runnable stopper) {
        this.stopper = stopper;
    }

    /** Ends the speech now; nothing when it has ended already. */
    public void stop() {
        if (!ended.isDone()) {
            stopper.run();
        }
    }

    /** Runs {@code then} once the speech has ended, finished or stopped (at once if it has), on any thread. */
    public void onEnd(Runnable then) {
        ended.thenRun(then);
    }

    public boolean hasEnded() {
        return ended.isDone();
    }

    /** Called by the engine when the speech is over, however it ended. */
    public void ended() {
        ended.complete(null);
    }
}
