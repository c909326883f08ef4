package pl.bramka.shared;

import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.stereotype.Component;

/**
 * Tells the background jobs that this node is stopping. The context announces its close before it stops the web
 * server and the scheduler, so from then on a job claims nothing more, finishes what it started within the shutdown
 * phase, and gives back what it claimed but did not start: another node takes that at its next poll instead of
 * after a lease runs out.
 */
@Component
public class NodeStopping implements ApplicationListener<ContextClosedEvent> {

    private volatile boolean stopping;

    @Override
    public void onApplicationEvent(ContextClosedEvent closed) {
        stopping = true;
    }

    public boolean stopping() {
        return stopping;
    }
}
