package io.pmobuyin.preview.sample;

/**
 * How a project tends to go wrong: the chance, per issue, of each trouble the failure patterns look
 * for, and how well work is planned. Projects that closed before the PMO started get the legacy
 * profile; later ones move towards the governed profile as the PMO matures, which is the
 * improvement the preview shows.
 *
 * @param rework chance that done work is reopened
 * @param handoffChurn chance of three or more assignee changes
 * @param escalation chance that priority is raised after creation
 * @param blocked chance of a blocked spell of more than two days (flag, Blocked status, link)
 * @param stall chance of a quiet spell of 15 days or more while in progress
 * @param ownerless chance that work is done without ever being assigned
 * @param estimationMiss chance that time spent falls outside half to one and a half the estimate
 * @param abandoned chance that the issue is still unresolved when the project closes
 * @param withdrawn chance that it is resolved as not done (Won't Do, Obsolete, ...)
 * @param baselineShare share of issues created in the first 20% of the timeline (the rest is scope
 *     added later)
 * @param midSprintAdd chance that an issue joins a sprint after the sprint started
 * @param dueDateShare share of issues with a due date
 * @param planSlack planned duration over expected duration when due dates are set (under 1:
 *     optimistic)
 * @param duePush chance, each time a due date passes, that it is pushed out
 * @param lateBugShare share of bugs among issues created in the last 20% of the timeline
 */
record FailureProfile(
    double rework,
    double handoffChurn,
    double escalation,
    double blocked,
    double stall,
    double ownerless,
    double estimationMiss,
    double abandoned,
    double withdrawn,
    double baselineShare,
    double midSprintAdd,
    double dueDateShare,
    double planSlack,
    double duePush,
    double lateBugShare) {

  /** Before the PMO: the portfolio's habits as the PMO found them. */
  static final FailureProfile LEGACY =
      new Builder()
          .rework(0.16)
          .handoffChurn(0.10)
          .escalation(0.12)
          .blocked(0.15)
          .stall(0.035)
          .ownerless(0.05)
          .estimationMiss(0.32)
          .abandoned(0.06)
          .withdrawn(0.07)
          .baselineShare(0.35)
          .midSprintAdd(0.30)
          .dueDateShare(0.50)
          .planSlack(1.05)
          .duePush(0.30)
          .lateBugShare(0.55)
          .build();

  /** A mature PMO: troubles still happen, far less often, and plans are realistic. */
  static final FailureProfile GOVERNED =
      new Builder()
          .rework(0.05)
          .handoffChurn(0.025)
          .escalation(0.05)
          .blocked(0.05)
          .stall(0.008)
          .ownerless(0.01)
          .estimationMiss(0.12)
          .abandoned(0.015)
          .withdrawn(0.035)
          .baselineShare(0.70)
          .midSprintAdd(0.08)
          .dueDateShare(0.80)
          .planSlack(1.6)
          .duePush(0.15)
          .lateBugShare(0.20)
          .build();

  /**
   * The profile of a project at the given PMO maturity (0 before the PMO, 1 fully governed), with
   * its trouble rates scaled by how hard the project is (1 is average).
   */
  static FailureProfile at(double maturity, double difficulty) {
    FailureProfile a = LEGACY;
    FailureProfile b = GOVERNED;
    double m = Math.max(0, Math.min(1, maturity));
    return new FailureProfile(
        trouble(a.rework, b.rework, m, difficulty),
        trouble(a.handoffChurn, b.handoffChurn, m, difficulty),
        trouble(a.escalation, b.escalation, m, difficulty),
        trouble(a.blocked, b.blocked, m, difficulty),
        trouble(a.stall, b.stall, m, difficulty),
        trouble(a.ownerless, b.ownerless, m, difficulty),
        trouble(a.estimationMiss, b.estimationMiss, m, difficulty),
        trouble(a.abandoned, b.abandoned, m, difficulty),
        trouble(a.withdrawn, b.withdrawn, m, difficulty),
        blend(a.baselineShare, b.baselineShare, m),
        trouble(a.midSprintAdd, b.midSprintAdd, m, difficulty),
        blend(a.dueDateShare, b.dueDateShare, m),
        blend(a.planSlack, b.planSlack, m),
        blend(a.duePush, b.duePush, m),
        blend(a.lateBugShare, b.lateBugShare, m));
  }

  /** After a reorganisation: work changes hands and priorities shift far more than ever before. */
  FailureProfile reorganised() {
    return new Builder(this)
        .handoffChurn(Math.min(0.9, LEGACY.handoffChurn * 2.5))
        .escalation(Math.min(0.9, LEGACY.escalation * 2))
        .build();
  }

  /** Scope that ran away: little of the work was known up front, much was added mid-sprint. */
  FailureProfile runawayScope() {
    return new Builder(this).baselineShare(0.05).midSprintAdd(0.92).build();
  }

  private static double blend(double legacy, double governed, double maturity) {
    return legacy + (governed - legacy) * maturity;
  }

  private static double trouble(double legacy, double governed, double maturity, double factor) {
    return Math.min(0.9, blend(legacy, governed, maturity) * factor);
  }

  /** Names every rate, so that a profile reads as a table rather than a row of numbers. */
  static final class Builder {
    private double rework;
    private double handoffChurn;
    private double escalation;
    private double blocked;
    private double stall;
    private double ownerless;
    private double estimationMiss;
    private double abandoned;
    private double withdrawn;
    private double baselineShare;
    private double midSprintAdd;
    private double dueDateShare;
    private double planSlack;
    private double duePush;
    private double lateBugShare;

    Builder() {}

    /** Starts from a profile, to change a few of its rates. */
    Builder(FailureProfile from) {
      rework = from.rework;
      handoffChurn = from.handoffChurn;
      escalation = from.escalation;
      blocked = from.blocked;
      stall = from.stall;
      ownerless = from.ownerless;
      estimationMiss = from.estimationMiss;
      abandoned = from.abandoned;
      withdrawn = from.withdrawn;
      baselineShare = from.baselineShare;
      midSprintAdd = from.midSprintAdd;
      dueDateShare = from.dueDateShare;
      planSlack = from.planSlack;
      duePush = from.duePush;
      lateBugShare = from.lateBugShare;
    }

    Builder rework(double value) {
      this.rework = value;
      return this;
    }

    Builder handoffChurn(double value) {
      this.handoffChurn = value;
      return this;
    }

    Builder escalation(double value) {
      this.escalation = value;
      return this;
    }

    Builder blocked(double value) {
      this.blocked = value;
      return this;
    }

    Builder stall(double value) {
      this.stall = value;
      return this;
    }

    Builder ownerless(double value) {
      this.ownerless = value;
      return this;
    }

    Builder estimationMiss(double value) {
      this.estimationMiss = value;
      return this;
    }

    Builder abandoned(double value) {
      this.abandoned = value;
      return this;
    }

    Builder withdrawn(double value) {
      this.withdrawn = value;
      return this;
    }

    Builder baselineShare(double value) {
      this.baselineShare = value;
      return this;
    }

    Builder midSprintAdd(double value) {
      this.midSprintAdd = value;
      return this;
    }

    Builder dueDateShare(double value) {
      this.dueDateShare = value;
      return this;
    }

    Builder planSlack(double value) {
      this.planSlack = value;
      return this;
    }

    Builder duePush(double value) {
      this.duePush = value;
      return this;
    }

    Builder lateBugShare(double value) {
      this.lateBugShare = value;
      return this;
    }

    FailureProfile build() {
      return new FailureProfile(
          rework,
          handoffChurn,
          escalation,
          blocked,
          stall,
          ownerless,
          estimationMiss,
          abandoned,
          withdrawn,
          baselineShare,
          midSprintAdd,
          dueDateShare,
          planSlack,
          duePush,
          lateBugShare);
    }
  }
}
