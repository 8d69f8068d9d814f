package dev.rubric.examples;

import dev.rubric.core.Approval;
import dev.rubric.core.BreadthDepthExpectation;
import dev.rubric.core.CompetencyRequirement;
import dev.rubric.core.EvaluationStage;
import dev.rubric.core.InterviewPlan;
import dev.rubric.core.OwnershipBoundaries;
import dev.rubric.core.PanelRole;
import dev.rubric.core.RatingScale;
import dev.rubric.core.RoleProfile;
import dev.rubric.core.SeatKind;
import dev.rubric.core.TechnicalEnvironment;
import java.time.Duration;
import java.time.Instant;

/**
 * The interview plan for a senior machine-learning engineer, built from the hiring guide the
 * library was designed around: eighteen competencies with behavioural anchors, the four panel seats
 * the guide names (deployment depth, infrastructure fluency, stakeholder communication, scalability
 * planning) with its scenario prompts, three of them technical and one cross-functional, a
 * technical environment and ownership boundaries answered for a realistic company, must-have bars
 * on the core deployment competencies and on modeling depth (to catch a candidate who cannot
 * explain the model), breadth across cloud platforms, containerization, orchestration and data
 * engineering, stages with feedback deadlines, a decision deadline and the stakeholders' sign-off.
 *
 * <p>The same plan ships as JSON in {@code examples/plans/ml-engineer.json} and on the classpath at
 * {@value #RESOURCE}; a test keeps the two equal. The plan validates with no error and no advice.
 * Stateless and thread-safe.
 */
public final class MlEngineerRubric {
  /** The classpath resource holding this plan as JSON. */
  public static final String RESOURCE = "/dev/rubric/examples/plans/ml-engineer.json";

  /** When the hiring manager signed off the plan, before the first interview of the history. */
  private static final Instant APPROVED = Instant.parse("2025-12-15T10:00:00Z");

  private MlEngineerRubric() {}

  /** {@return the plan; every call returns an equal value} */
  public static InterviewPlan plan() {
    return InterviewPlan.builder()
        .id("ml-engineer-senior")
        .profile(profile())
        .scale(RatingScale.fourPoint())
        .addAllCompetencies(MlEngineerCompetencies.all())
        .addPanelRoles(deploymentDepth(), infrastructureFluency())
        .addPanelRoles(stakeholderCommunication(), scalabilityPlanning())
        .addStages(
            stage("recruiter-screen", "Recruiter screen: role, environment and ownership"),
            stage(
                "technical-panel",
                "Technical panel: production case studies",
                Duration.ofHours(24),
                "deployment-depth",
                "infrastructure-fluency",
                "scalability-planning"),
            stage(
                "cross-functional-panel",
                "Cross-functional panel: stakeholders and platform",
                Duration.ofHours(48),
                "stakeholder-communication"),
            stage("debrief", "Debrief: scores, disagreements and decision"))
        .seatsPerCompetency(1)
        // "Move quickly without sacrificing precision": a decision within five days of the
        // first interview, on criteria the stakeholders signed off before interviews began.
        .decisionDueWithin(Duration.ofDays(5))
        .addApprovals(
            Approval.of("dana.okafor", "Hiring manager", APPROVED),
            Approval.of("li.chen", "Head of ML platform", APPROVED.plus(Duration.ofHours(3))),
            Approval.of(
                "sam.ruiz", "Product lead, delivery estimates", APPROVED.plus(Duration.ofHours(5))),
            Approval.of("ada.berg", "Recruiter", APPROVED.plus(Duration.ofHours(6))))
        .build();
  }

  private static RoleProfile profile() {
    return RoleProfile.builder()
        .title("Senior Machine Learning Engineer, Delivery-Time Prediction")
        .seniority("senior")
        .environment(
            TechnicalEnvironment.builder()
                .mlopsFramework(
                    "Kubeflow Pipelines for training and retraining, MLflow for experiment"
                        + " tracking and the model registry, KServe for online serving")
                .cloud(
                    "AWS: EKS for training and serving, S3 and Redshift for data, infrastructure"
                        + " as code in Terraform")
                .modelVersioning(
                    "Every model is registered in MLflow with the git commit of its training"
                        + " code, the DVC hash of its training data and its evaluation report;"
                        + " promotion to production is a reviewed pull request")
                .modelMonitoring(
                    "Hourly Evidently jobs compare live features and predictions with the"
                        + " training baseline (PSI above 0.2 on a key feature pages on-call);"
                        + " delayed-label accuracy is tracked daily")
                .observability(
                    "Prometheus and Grafana for latency and error rates, OpenTelemetry traces"
                        + " through the prediction API, PagerDuty for alerts, logs in OpenSearch")
                .build())
        .ownership(
            OwnershipBoundaries.builder()
                .experimentation(
                    "The applied science team owns experimentation and offline evaluation; ML"
                        + " engineers review new features for production feasibility")
                .productionDeployment(
                    "ML engineering owns production deployment: packaging, serving, the release"
                        + " pipeline and rollback")
                .performanceMonitoring(
                    "ML engineering owns model and service monitoring and its alerts; applied"
                        + " science reviews the weekly model-quality report")
                .degradationResponse(
                    "The on-call ML engineer responds first (rollback or fallback model within 30"
                        + " minutes); applied science joins to diagnose model-quality causes;"
                        + " the platform team owns cluster incidents")
                .build())
        // Must-haves: the core deployment competencies; the guide's warning is the strong
        // researcher who cannot ship.
        .addRequirements(
            CompetencyRequirement.mustHave("model-serving", 3.0, 3, 3),
            CompetencyRequirement.mustHave("experiment-to-production", 3.0, 4, 3),
            CompetencyRequirement.mustHave("drift-detection", 2.5, 3, 3),
            CompetencyRequirement.mustHave("monitoring-alerting", 2.5, 3, 3),
            CompetencyRequirement.mustHave("deployment-rollback", 2.0, 3, 2))
        .addRequirements(
            CompetencyRequirement.of("data-validation", 1.5, 3),
            CompetencyRequirement.of("feature-store-management", 1.0, 3),
            CompetencyRequirement.of("automated-retraining", 1.5, 3),
            CompetencyRequirement.of("security-compliance", 1.0, 3),
            CompetencyRequirement.of("cloud-platforms", 1.0, 3),
            CompetencyRequirement.of("containerization", 0.5, 3),
            CompetencyRequirement.of("orchestration", 0.5, 3),
            CompetencyRequirement.of("data-pipelines", 1.0, 3),
            // Depth in a modeling framework matters, but never outweighs production skill: a bar
            // of 2 catches a candidate who cannot explain the model they used, and a low weight
            // keeps research depth from making up for missed deployment bars.
            CompetencyRequirement.mustHave("modeling-depth", 1.0, 3, 2),
            CompetencyRequirement.of("scalability-planning", 2.0, 3),
            CompetencyRequirement.of("incident-diagnosis", 2.0, 3),
            CompetencyRequirement.of("stakeholder-communication", 1.5, 3),
            CompetencyRequirement.of("platform-collaboration", 1.5, 3))
        // T-shaped: depth in deployment and infrastructure, breadth in five of seven areas;
        // "the organization provides research support", so a modeling gap is advice only.
        .breadthDepth(
            BreadthDepthExpectation.builder()
                .depth("deployment", 3)
                .depth("infrastructure", 3)
                .breadth("cloud-platforms", 3)
                .breadth("containers", 3)
                .breadth("orchestration", 3)
                .breadth("data-engineering", 3)
                .breadth("modeling", 3)
                .breadth("scalability", 3)
                .breadth("communication", 3)
                .breadthRequired(5)
                .addSupportedAreas("modeling")
                .build())
        .build();
  }

  private static PanelRole deploymentDepth() {
    return PanelRole.builder()
        .id("deployment-depth")
        .title("Deployment depth")
        .kind(SeatKind.TECHNICAL)
        .addCompetencies(
            "model-serving",
            "experiment-to-production",
            "drift-detection",
            "monitoring-alerting",
            "modeling-depth")
        .addScenarioPrompts(
            "Walk me through the full lifecycle of a model you deployed: how was it transitioned"
                + " from experimentation to production?",
            "What integration challenges emerged when the model went behind an API, and how did"
                + " you meet its latency budget?",
            "How was model drift detected and corrected?",
            "What monitoring alerts were implemented, and which one fired first in production?",
            "Explain the model behind that system: why that model, how was it validated, and would"
                + " a simpler one have done?")
        .build();
  }

  private static PanelRole infrastructureFluency() {
    return PanelRole.builder()
        .id("infrastructure-fluency")
        .title("Infrastructure fluency")
        .kind(SeatKind.TECHNICAL)
        .addCompetencies(
            "data-validation",
            "feature-store-management",
            "automated-retraining",
            "deployment-rollback",
            "security-compliance")
        .addScenarioPrompts(
            "Draw the path from data ingestion through feature engineering, training and the"
                + " deployment endpoint to monitoring: where is data validated?",
            "How were features shared between training and serving, and how did you keep them"
                + " consistent?",
            "Describe an automated retraining pipeline you ran: what triggered it, and what"
                + " stopped a worse model from going live?",
            "A release degrades a key metric: walk through the rollback procedure step by step.",
            "Which security and compliance requirements shaped the system, and what controls did"
                + " you put in place?")
        .build();
  }

  private static PanelRole stakeholderCommunication() {
    return PanelRole.builder()
        .id("stakeholder-communication")
        .title("Stakeholder communication")
        .kind(SeatKind.CROSS_FUNCTIONAL)
        .addCompetencies("stakeholder-communication", "platform-collaboration")
        .addScenarioPrompts(
            "Explain a tradeoff you made between model quality and latency or cost to a product"
                + " manager who has to decide.",
            "Tell me about getting a model into production with a DevOps or platform team: what"
                + " did you need from them, and how did you agree on it?",
            "A research scientist proposes a more complex model with a better offline score: how"
                + " do you judge whether the gain is worth shipping?")
        .build();
  }

  private static PanelRole scalabilityPlanning() {
    return PanelRole.builder()
        .id("scalability-planning")
        .title("Scalability planning")
        .kind(SeatKind.TECHNICAL)
        .addCompetencies(
            "scalability-planning",
            "incident-diagnosis",
            "cloud-platforms",
            "containerization",
            "orchestration",
            "data-pipelines")
        .addScenarioPrompts(
            "Tell me about a system where data volume grew rapidly or model usage expanded across"
                + " products: how did the infrastructure evolve alongside demand?",
            "Which initial architecture decision required revision, and how did you find out?",
            "Latency spikes at peak traffic while accuracy drops: how do you diagnose it, what do"
                + " you fix first, and what do you tell stakeholders?",
            "Which cloud, container and orchestration tools did you run in production, and which"
                + " data pipelines fed your models?")
        .build();
  }

  private static EvaluationStage stage(String id, String title, String... panelRoles) {
    return EvaluationStage.builder().id(id).title(title).addPanelRoles(panelRoles).build();
  }

  private static EvaluationStage stage(
      String id, String title, Duration feedbackDueWithin, String... panelRoles) {
    return EvaluationStage.builder()
        .id(id)
        .title(title)
        .addPanelRoles(panelRoles)
        .feedbackDueWithin(feedbackDueWithin)
        .build();
  }
}
