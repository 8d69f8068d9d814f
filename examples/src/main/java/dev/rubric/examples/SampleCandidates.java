package dev.rubric.examples;

import com.google.common.collect.ImmutableList;
import dev.rubric.core.InterviewPlan;
import dev.rubric.core.Recommendation;
import dev.rubric.core.Scorecard;
import java.time.Instant;

/**
 * The scorecards of three sample candidates interviewed against {@link MlEngineerRubric#plan()},
 * each showing what structured evaluation is for:
 *
 * <ul>
 *   <li>{@link #tShapedEngineer()}: depth in deployment and infrastructure, breadth in cloud, data
 *       engineering, scalability and communication, modeling below the bar in an area the
 *       organisation supports. Every must-have bar is met: a hire.
 *   <li>{@link #researcherWhoCannotShip()}: the guide's warning, a strong researcher who struggles
 *       to ship production systems. Modeling depth at the top of the scale, but every must-have
 *       deployment bar missed: no hire, however impressive the modeling.
 *   <li>{@link #splitPanel()}: two interviewers shared the deployment-depth seat and disagree
 *       across the hire line on two must-haves (drift detection and monitoring: 4 against 2), while
 *       the rest of the panel is solidly at the line: the panel needs a debrief before deciding.
 * </ul>
 *
 * <p>The same scorecards ship as JSON in {@code examples/candidates/} and on the classpath under
 * {@value #RESOURCE_FOLDER}; a test keeps them equal. Stateless and thread-safe.
 */
public final class SampleCandidates {
  /** The classpath folder holding the candidates' scorecards as JSON, one file per candidate. */
  public static final String RESOURCE_FOLDER = "/dev/rubric/examples/candidates/";

  /** The file name of {@link #tShapedEngineer()}'s scorecards. */
  public static final String T_SHAPED_ENGINEER_FILE = "t-shaped-engineer.json";

  /** The file name of {@link #researcherWhoCannotShip()}'s scorecards. */
  public static final String RESEARCHER_FILE = "researcher-who-cannot-ship.json";

  /** The file name of {@link #splitPanel()}'s scorecards. */
  public static final String SPLIT_PANEL_FILE = "split-panel.json";

  private static final Instant PANEL_DAY = Instant.parse("2026-11-16T09:00:00Z");

  /**
   * How long after the interview a scorecard is submitted: 20 hours, inside the technical panel's
   * 24-hour deadline; one of Casey's scorecards is the exception (26 hours, two hours late).
   */
  private static final int FEEDBACK_HOURS = 20;

  private SampleCandidates() {}

  /**
   * {@return the scorecards of Avery, a T-shaped engineer: deep in deployment and infrastructure,
   * broad elsewhere, modeling at 2 (a supported area)} One scorecard per seat; every must-have met.
   */
  public static ImmutableList<Scorecard> tShapedEngineer() {
    String fp = fingerprint();
    String who = "cand-avery";
    return ImmutableList.of(
        card(who, "iv-noor", "deployment-depth", fp, 0, Recommendation.STRONG_YES)
            .rate(
                "model-serving",
                4,
                "Moved the ETA model from a batch job to a gRPC service with a 40 ms p99 budget;"
                    + " added request validation and a heuristic fallback, then cut p99 from 95 ms"
                    + " to 32 ms with ONNX export and micro-batching, shown on load-test graphs.")
            .rate(
                "experiment-to-production",
                3,
                "Walked one model from notebook to production: MLflow registry entry linking"
                    + " commit, data hash and evaluation; promotion by reviewed PR; a week in shadow"
                    + " mode that surfaced a timezone bug in a feature.")
            .rate(
                "drift-detection",
                3,
                "PSI alert on the 'pickup region' feature after a new market launched; confirmed"
                    + " against the training baseline, retrained with the new region and added a"
                    + " per-region drift panel afterwards.")
            .rate(
                "monitoring-alerting",
                4,
                "Named every alert with its threshold: p99 latency, error rate, input PSI,"
                    + " prediction mean shift, delayed MAE. Linked each to a runbook and removed two"
                    + " noisy alerts after reviewing a month of pages.")
            .rate(
                "modeling-depth",
                2,
                "Uses gradient-boosted trees competently but could not describe a validation"
                    + " design beyond a random split or any error analysis by segment.")
            .build(),
        card(who, "iv-tomas", "infrastructure-fluency", fp, 1, Recommendation.YES)
            .rate(
                "data-validation",
                3,
                "Great Expectations suite in the ingestion DAG blocks a batch on schema or range"
                    + " failures and posts to the data owners' channel; gave a case where it stopped"
                    + " a unit change in distances.")
            .rate(
                "feature-store-management",
                3,
                "Defined features once in Feast for offline and online use; explained"
                    + " point-in-time joins and found a skew bug where online used local time.")
            .rate(
                "automated-retraining",
                3,
                "Weekly retraining in Kubeflow with a holdout comparison against the serving model;"
                    + " promotion stops automatically if MAE is worse by more than 2%.")
            .rate(
                "deployment-rollback",
                4,
                "Previous model kept warm behind the same endpoint; rollback is one traffic switch,"
                    + " rehearsed monthly and automatic on the latency SLO alert; handled a feature"
                    + " schema change by versioning the feature view.")
            .rate(
                "security-compliance",
                2,
                "Mentioned PII in addresses but could not say which controls applied to training"
                    + " data access; relied on the platform team's defaults.")
            .build(),
        card(who, "iv-grace", "stakeholder-communication", fp, 2, Recommendation.YES)
            .rate(
                "stakeholder-communication",
                3,
                "Explained to the logistics product lead why a 3% better model was not worth 2x"
                    + " serving cost, in minutes of ETA error per delivery; the lead chose the"
                    + " cheaper model.")
            .rate(
                "platform-collaboration",
                4,
                "Agreed a deployment contract and on-call split with the platform team, wrote the"
                    + " shared KServe template other teams now use, and resolved a dispute over GPU"
                    + " quotas with usage data.")
            .build(),
        card(who, "iv-kenji", "scalability-planning", fp, 3, Recommendation.YES)
            .rate(
                "scalability-planning",
                3,
                "Traffic grew 6x when a second product adopted the ETA API; moved feature lookups"
                    + " from Postgres to Redis and revised the single-region design to two"
                    + " regions.")
            .rate(
                "incident-diagnosis",
                4,
                "During a latency spike with falling accuracy: rolled back first, then separated"
                    + " the two by traces (a slow feature store shard) and metrics (a stale"
                    + " feature), posted updates every 30 minutes and led the review.")
            .rate(
                "cloud-platforms",
                3,
                "Runs training and serving on AWS; explained the CPU and memory requests chosen"
                    + " and their cost.")
            .rate(
                "containerization",
                3,
                "Builds the training and serving images, with pinned dependencies and a health"
                    + " check.")
            .rate(
                "orchestration",
                3,
                "Runs them on EKS with HPA on request rate; explained the CPU and memory requests"
                    + " chosen.")
            .rate(
                "data-pipelines",
                3,
                "Airflow DAGs with idempotent daily partitions and backfills; a late upstream load"
                    + " is retried, and the model is not retrained on a partial day.")
            .build());
  }

  /**
   * {@return the scorecards of Blake, a strong researcher who cannot ship: modeling depth at 4,
   * deployment competencies at 1 or 2, every must-have bar missed} One scorecard per seat.
   */
  public static ImmutableList<Scorecard> researcherWhoCannotShip() {
    String fp = fingerprint();
    String who = "cand-blake";
    return ImmutableList.of(
        card(who, "iv-noor", "deployment-depth", fp, 24, Recommendation.STRONG_NO)
            .rate(
                "model-serving",
                2,
                "Wrapped a model in a Flask endpoint for a demo; no latency budget, timeouts or"
                    + " load test, and did not know its response time.")
            .rate(
                "experiment-to-production",
                1,
                "Handed pickled models and notebooks to an engineering team to deploy; could not"
                    + " say which data or code version produced the model that shipped.")
            .rate(
                "drift-detection",
                2,
                "Explained PSI and covariate shift clearly in theory, but has never monitored or"
                    + " corrected drift in a system they ran.")
            .rate(
                "monitoring-alerting",
                1,
                "No monitoring of any deployed model; learned about a broken model from a"
                    + " customer complaint relayed by support.")
            .rate(
                "modeling-depth",
                4,
                "Designed a hierarchical temporal model that beat the production baseline by 11%,"
                    + " published at a top venue; clear ablations and error analysis by segment.")
            .build(),
        card(who, "iv-tomas", "infrastructure-fluency", fp, 25, Recommendation.NO)
            .rate(
                "data-validation",
                2,
                "Checks nulls and ranges in notebooks before training; nothing in a pipeline that"
                    + " would block a bad batch.")
            .rate(
                "feature-store-management",
                2,
                "Recomputes features per project; had not considered training-serving skew until"
                    + " asked.")
            .rate(
                "automated-retraining",
                2,
                "Retrains by rerunning a notebook each quarter; a new model replaces the old one"
                    + " without comparison on a holdout.")
            .rate(
                "deployment-rollback",
                1,
                "Would retrain and redeploy to fix a bad release; no rollback procedure and no idea"
                    + " how long recovery would take.")
            .rate(
                "security-compliance",
                2,
                "Aware that the data held personal information but copied extracts to a laptop"
                    + " for experiments.")
            .build(),
        card(who, "iv-grace", "stakeholder-communication", fp, 26, Recommendation.YES)
            .rate(
                "stakeholder-communication",
                3,
                "Presented a churn model's lift to the marketing director with a clear cost curve;"
                    + " the director approved a pilot.")
            .rate(
                "platform-collaboration",
                2,
                "Filed tickets for the platform team to deploy models; no agreed interface or"
                    + " shared ownership.")
            .build(),
        card(who, "iv-kenji", "scalability-planning", fp, 27, Recommendation.NO)
            .rate(
                "scalability-planning",
                2,
                "Said they would 'add more GPUs'; no example of a system whose architecture changed"
                    + " as data or usage grew.")
            .rate(
                "incident-diagnosis",
                2,
                "Fixed a failed training job eventually, but could not describe how the cause was"
                    + " narrowed down or what was done first.")
            .rate(
                "cloud-platforms",
                2,
                "Trains on managed notebooks and a university cluster; cannot say how their"
                    + " resources or costs were set.")
            .rate(
                "containerization",
                2,
                "Has run the lab's images but has never built a container image.")
            .rate(
                "orchestration",
                2,
                "Submits jobs to a template someone else wrote; has never deployed to Kubernetes.")
            .rate(
                "data-pipelines",
                3,
                "Built a scheduled Spark job with partitioned outputs and reruns for a research"
                    + " dataset, with basic quality checks.")
            .build());
  }

  /**
   * {@return the scorecards of Casey, a split panel: two interviewers shared the deployment-depth
   * seat and rate drift detection and monitoring 4 and 2; the other seats are at the hire line}
   * Five scorecards.
   */
  public static ImmutableList<Scorecard> splitPanel() {
    String fp = fingerprint();
    String who = "cand-casey";
    return ImmutableList.of(
        card(who, "iv-noor", "deployment-depth", fp, 48, Recommendation.STRONG_YES)
            .rate(
                "model-serving",
                3,
                "Served a pricing model behind a REST API with a 100 ms budget and a cached"
                    + " fallback; load-tested before launch.")
            .rate(
                "experiment-to-production",
                4,
                "Built the promotion path the team uses: registry, reproducible training, an"
                    + " automated gate on holdout metrics and a canary at 5% of traffic.")
            .rate(
                "drift-detection",
                4,
                "Described a seasonal drift caught by the prediction-distribution alert two weeks"
                    + " before revenue moved; recalibrated and added delayed-label checks.")
            .rate(
                "monitoring-alerting",
                4,
                "Designed the alert set with SLOs and runbooks and showed the dashboard they"
                    + " maintain.")
            .rate(
                "modeling-depth",
                3,
                "Chose a monotonic GBM over a neural net with a sound time-based validation and"
                    + " segment error analysis.")
            .build(),
        card(who, "iv-ruth", "deployment-depth", fp, 48, Recommendation.NO)
            .rate(
                "model-serving",
                3,
                "Clear on the REST service, its latency budget and the fallback path.")
            .rate(
                "experiment-to-production",
                3,
                "Described the canary stage well; the promotion gate was built by a colleague.")
            .rate(
                "drift-detection",
                2,
                "On follow-up, the drift alert was configured by the data science team; could not"
                    + " say how its threshold was chosen or what would have been done without"
                    + " them.")
            .rate(
                "monitoring-alerting",
                2,
                "Named latency and error alerts only; no alert on model quality, and the runbooks"
                    + " were written by another team.")
            .rate(
                "modeling-depth",
                3,
                "Explained why the monotonic GBM was chosen and how the time-based validation was"
                    + " set up.")
            .build(),
        card(who, "iv-tomas", "infrastructure-fluency", fp, 49, Recommendation.YES)
            .rate(
                "data-validation",
                3,
                "Schema and range checks in the ingestion job block a bad batch and alert the"
                    + " owner.")
            .rate(
                "feature-store-management",
                3,
                "Registered the pricing features in the feature store for training and serving;"
                    + " explained point-in-time joins and how a skew check compares the two.")
            .rate(
                "automated-retraining",
                3,
                "Monthly retraining with a champion-challenger comparison before promotion.")
            .rate(
                "deployment-rollback",
                3,
                "Kept the previous model deployed; rollback by traffic switch, used once after a"
                    + " bad release.")
            .rate(
                "security-compliance",
                3,
                "Least-privilege roles for training data and audit logs of model versions.")
            .build(),
        card(who, "iv-grace", "stakeholder-communication", fp, 50, Recommendation.YES)
            .rate(
                "stakeholder-communication",
                3,
                "Explained a precision-versus-coverage tradeoff to the pricing lead, who chose"
                    + " coverage.")
            .rate(
                "platform-collaboration",
                3,
                "Agreed a deployment interface with the platform team and settled a dispute over"
                    + " on-call hours.")
            .build(),
        card(who, "iv-kenji", "scalability-planning", fp, 51, Recommendation.YES)
            .interviewedAt(PANEL_DAY.plusSeconds(3600L * (51 - 26)))
            .rate(
                "scalability-planning",
                3,
                "Re-partitioned the feature tables when data grew 10x and moved scoring from"
                    + " synchronous to streaming for one consumer.")
            .rate(
                "incident-diagnosis",
                3,
                "Walked through a latency incident: fallback first, then traces to a slow"
                    + " dependency; kept the product channel updated.")
            .rate(
                "cloud-platforms",
                3,
                "Runs serving on Google Cloud; explained resource requests and cost.")
            .rate(
                "containerization",
                3,
                "Builds the serving image with pinned dependencies and a small runtime layer.")
            .rate(
                "orchestration",
                3,
                "Runs serving on GKE with autoscaling; explained resource requests and cost.")
            .rate(
                "data-pipelines",
                3,
                "Dagster pipelines with partitioned backfills and data-quality checks.")
            .build());
  }

  private static Scorecard.Builder card(
      String candidate,
      String interviewer,
      String seat,
      String fingerprint,
      int hoursAfterPanelDay,
      Recommendation recommendation) {
    Scorecard.Builder card = Scorecard.builder();
    card.candidateId(candidate)
        .interviewerId(interviewer)
        .panelRoleId(seat)
        .planFingerprint(fingerprint)
        .overallRecommendation(recommendation)
        .submittedAt(PANEL_DAY.plusSeconds(3600L * hoursAfterPanelDay))
        .interviewedAt(PANEL_DAY.plusSeconds(3600L * (hoursAfterPanelDay - FEEDBACK_HOURS)));
    return card;
  }

  private static String fingerprint() {
    InterviewPlan plan = MlEngineerRubric.plan();
    return plan.scoringFingerprint(); // kept when the plan's wording is revised
  }
}
