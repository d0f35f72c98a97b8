package vn.culture.lifelong.reporting;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Settings of reporting-service ({@code reporting.*}). */
@ConfigMapping(prefix = "reporting")
public interface ReportingConfig {

    Obligations obligations();

    Consolidation consolidation();

    interface Obligations {

        /**
         * How soon after a unit changes (a commune added in scope, a merger) the obligations of the plans naming it are
         * derived again (read by the scheduler as an expression). Unit changes come in bursts (a bulk import): each
         * plan is derived once per burst, not once per unit.
         */
        @WithDefault("PT2S")
        Duration rederiveEvery();

        /** Most plans derived again in one transaction. */
        @WithDefault("10")
        int rederiveBatch();
    }

    interface Consolidation {

        /**
         * How soon after the hierarchy changed under counted figures (a merger, a move) everything is counted again
         * (read by the scheduler as an expression). A burst of unit changes makes one recount.
         */
        @WithDefault("PT5S")
        Duration recountEvery();

        /**
         * How long a count of the units expected is kept. This instance forgets its counts when units or obligations
         * change; the time bounds how long another instance's counts may lag behind.
         */
        @WithDefault("PT1M")
        Duration expectedUnitsFor();

        /** Most counts of expected units kept (one per unit, plan, indicator and period asked). */
        @WithDefault("10000")
        long expectedUnitsEntries();
    }
}
