package io.pmobuyin.run;

/**
 * Gives each run its plan when it starts (inside Jira: from the admin's settings of the moment).
 */
@FunctionalInterface
public interface MiningPlans {

  MiningPlan plan();
}
