package org.sanxiang.simulator.credit.internal;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.sanxiang.simulator.credit.CreditSimulator;

/** {@code sanxiang:credit-sim-mode}: shows or switches how the credit system simulator answers. */
@Service
@Command(scope = "sanxiang", name = "credit-sim-mode",
        description = "Shows or switches the credit publication simulator's mode (NORMAL, UNAVAILABLE, SLOW, HOLD, DROP, DUPLICATE, REJECT)")
public class ModeCommand implements Action {

    @Reference
    private CreditSimulator simulator;

    @Argument(index = 0, name = "mode", description = "The new mode")
    private String mode;

    @Option(name = "-d", aliases = "--delay", description = "Milliseconds of SLOW and HOLD")
    private long delay = 30_000;

    @Override
    public Object execute() {
        if (mode != null) {
            simulator.switchTo(CreditSimulator.Mode.valueOf(mode.strip().toUpperCase()), delay);
        }
        System.out.println("模拟公示系统模式 / simulator mode: " + simulator.mode());
        return null;
    }
}
