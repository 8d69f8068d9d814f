package dev.rubric.examples;

import com.google.common.collect.ImmutableList;
import dev.rubric.core.Competency;

/**
 * The competency catalogue of the ML-engineer rubric, drawn from the hiring guide: the production
 * mindset, the deployment lifecycle, infrastructure thinking, breadth, modeling depth, scalability,
 * composure under incidents and stakeholder communication. Each competency has a behavioural anchor
 * for every level of the four-point scale: what a candidate at that level says or has done.
 */
final class MlEngineerCompetencies {
  private MlEngineerCompetencies() {}

  static ImmutableList<Competency> all() {
    return ImmutableList.of(
        // ---- deployment: the production mindset and the deployment lifecycle
        competency(
            "model-serving",
            "Model serving: API integration and inference latency",
            "deployment",
            "Integrates models into production APIs and services and keeps inference within a"
                + " latency budget.",
            "Has only called a model from a notebook or a batch script; cannot say how a request"
                + " would reach the model or how long a prediction takes.",
            "Wrapped a model in an HTTP endpoint once, but describes no latency budget,"
                + " input validation, timeouts or load test before it took traffic.",
            "Describes a model they put behind a production API with a stated p99 latency budget,"
                + " request validation, timeouts and a fallback, and how they measured it under"
                + " load.",
            "Describes cutting inference latency on a live service (batching, caching, model"
                + " compilation or a smaller model) against an agreed budget, with before-and-after"
                + " percentiles and the product impact."),
        competency(
            "experiment-to-production",
            "Experiment to production, with version control",
            "deployment",
            "Takes a model from an experiment to a reproducible production release: versioned code,"
                + " data and model, a reviewed promotion and a staged rollout.",
            "Describes handing a notebook or a pickled model to someone else to deploy; no version"
                + " of code, data or model was kept.",
            "Versioned the training code in git, but cannot say which data or which model"
                + " artifact is serving, or how a release was promoted and checked.",
            "Walks through one model from experiment to production: code, data and model versions"
                + " linked in a registry, a promotion review, a shadow or canary stage, and the"
                + " integration challenges that emerged on the way.",
            "Built or reshaped the path that several teams use to ship models: registry,"
                + " reproducible training, automated promotion gates and staged rollout, and"
                + " shows how it shortened time to production."),
        competency(
            "drift-detection",
            "Drift detection and correction",
            "deployment",
            "Detects data and concept drift in production and corrects it.",
            "Assumes a deployed model keeps its offline accuracy; has never compared production"
                + " inputs or outcomes with training data.",
            "Knows the term and names a statistic (PSI, KL divergence), but has not detected or"
                + " corrected drift in a system they ran.",
            "Describes a drift incident they detected from a monitoring alert, how they confirmed"
                + " it against the training baseline and corrected it by retraining or"
                + " recalibrating, and what they changed afterwards.",
            "Designed drift detection for a portfolio of models (feature and prediction"
                + " distributions, delayed-label accuracy, thresholds tuned to avoid alert"
                + " fatigue) and describes a case where it caught a silent degradation early."),
        competency(
            "monitoring-alerting",
            "Monitoring and alerts for models in production",
            "deployment",
            "Instruments models and prediction services with metrics, dashboards and alerts that"
                + " someone acts on.",
            "Relied on users to report when predictions went wrong; no monitoring of the model or"
                + " the service.",
            "Watched service health (uptime, errors) but no model metrics; cannot name an alert"
                + " that would fire when prediction quality drops.",
            "Names the alerts they implemented (latency, error rate, input distribution, output"
                + " distribution, delayed accuracy), their thresholds and who was paged, and one"
                + " that fired in production.",
            "Designed the monitoring standard for models in their organisation, tied alerts to"
                + " runbooks and service-level objectives, and retired noisy alerts with"
                + " evidence."),
        // ---- infrastructure: infrastructure thinking
        competency(
            "data-validation",
            "Data validation",
            "infrastructure",
            "Validates data at ingestion, training and serving so that bad data does not reach a"
                + " model.",
            "Trusts upstream data; describes no check between ingestion and training.",
            "Mentions ad hoc checks in a notebook (nulls, ranges) that are not part of the"
                + " pipeline and do not block a bad batch.",
            "Describes schema and distribution checks built into the pipeline that blocked a bad"
                + " batch before training or serving, and who was told.",
            "Built shared data contracts with upstream owners, with validation at ingestion and"
                + " at serving, and shows the incidents it prevented."),
        competency(
            "feature-store-management",
            "Feature store and training-serving consistency",
            "infrastructure",
            "Manages features so that training and serving compute the same values, with"
                + " ownership, freshness and reuse.",
            "Recomputes features by hand in each project; has not met training-serving skew.",
            "Has used a feature store as a consumer but cannot explain point-in-time correctness"
                + " or how skew between offline and online features is caught.",
            "Describes defining features once for offline and online use, point-in-time correct"
                + " training sets, freshness checks, and a skew bug they found and fixed.",
            "Designed or ran a feature store used by several teams, with ownership, backfills,"
                + " freshness service levels and automated skew detection."),
        competency(
            "automated-retraining",
            "Automated retraining pipelines",
            "infrastructure",
            "Builds pipelines that retrain, evaluate and promote models without manual steps, with"
                + " gates that stop a worse model.",
            "Retrains by rerunning a notebook when someone asks.",
            "Scheduled retraining with cron, but a retrained model goes live without an evaluation"
                + " gate or comparison with the current one.",
            "Describes a retraining pipeline triggered by schedule or drift, with evaluation"
                + " against the serving model on a holdout and an automatic stop when the new"
                + " model is worse.",
            "Runs retraining for many models with lineage, cost controls, champion-challenger"
                + " promotion and human review where the risk requires it."),
        competency(
            "deployment-rollback",
            "Deployment rollback procedures",
            "infrastructure",
            "Can return production to a known good model or service version quickly and safely.",
            "Has never rolled back a model; would retrain and redeploy to fix a bad release.",
            "Knows the previous model could be redeployed by hand, but no tested procedure, and"
                + " cannot say how long it would take.",
            "Describes a tested rollback procedure (previous model kept warm, traffic switch,"
                + " compatible feature versions) and a time they used it.",
            "Made rollback automatic on alert for their models, rehearsed it, and handled the hard"
                + " cases: schema changes, stateful features, downstream consumers."),
        competency(
            "security-compliance",
            "Security and compliance",
            "infrastructure",
            "Considers access control, personal data, audit and regulatory requirements in ML"
                + " systems.",
            "Does not consider who can access training data or models; copies production data to"
                + " laptops.",
            "Names privacy or security as a concern but describes no control they implemented or"
                + " followed.",
            "Describes concrete controls in a system they built: least-privilege access, PII"
                + " handling or removal, audit logs of model versions and their predictions.",
            "Led the compliance work for an ML system (data retention, model documentation,"
                + " review for a regulated decision) and shaped the platform's defaults."),
        // ---- breadth: cloud platforms, containers, orchestration; data engineering
        competency(
            "cloud-platforms",
            "Cloud platforms",
            "cloud-platforms",
            "Runs ML workloads on a cloud platform: managed services, identity, networking and cost.",
            "Has only run code on a laptop or a single hand-managed server.",
            "Has used a managed notebook or training service, but cannot say how its resources,"
                + " permissions or costs were set.",
            "Ran training and serving on a cloud platform and explains the resource, scaling and"
                + " cost settings they chose.",
            "Designed the cloud setup for ML workloads (GPU capacity, infrastructure as code, cost"
                + " attribution) and moved workloads between services with a plan."),
        competency(
            "containerization",
            "Containerization",
            "containers",
            "Packages training and serving code as reproducible container images.",
            "Has never built a container image; ships code as scripts or notebooks.",
            "Has run images others built, but has not written one or pinned its dependencies.",
            "Built the container images for training and serving, with pinned dependencies, small"
                + " layers and a health check, and explains what goes in each.",
            "Set the image standards for ML workloads (base images, GPU drivers, scanning,"
                + " reproducible builds) that other teams use."),
        competency(
            "orchestration",
            "Orchestration tools",
            "orchestration",
            "Deploys and scales ML workloads with an orchestrator such as Kubernetes.",
            "Has not deployed to an orchestrator; starts processes by hand.",
            "Has deployed with a template someone else wrote, but cannot explain its resource"
                + " requests, probes or scaling.",
            "Deployed training and serving on Kubernetes or a managed equivalent and explains the"
                + " resource requests, probes and autoscaling they chose.",
            "Designed the orchestration of ML workloads (GPU scheduling, autoscaling on model"
                + " metrics, job queues) and ran it through growth and incidents."),
        competency(
            "data-pipelines",
            "Data engineering practices",
            "data-engineering",
            "Builds and maintains the data pipelines that feed models: batch and streaming, late"
                + " and bad data, backfills.",
            "Receives data as files from others; has not built a pipeline.",
            "Wrote extraction scripts but has not handled scheduling, late data, idempotent reruns"
                + " or backfills.",
            "Built a scheduled pipeline (Airflow, Dagster or similar) with idempotent tasks,"
                + " backfills and data-quality checks, and describes a failure it survived.",
            "Designed batch and streaming pipelines at scale, with contracts, lineage and"
                + " recovery, and worked with data engineering on their standards."),
        // ---- modeling depth
        competency(
            "modeling-depth",
            "Depth in a modeling framework",
            "modeling",
            "Depth in the modeling framework the team uses: chooses, trains and evaluates models"
                + " soundly, and knows when a simpler model is enough.",
            "Cannot explain the model they used, how it was evaluated or why it was chosen.",
            "Uses standard models from a library and reports accuracy, but no validation design,"
                + " baseline or error analysis.",
            "Explains a model choice against a baseline with a sound validation design, error"
                + " analysis and the tradeoff between quality, latency and cost.",
            "Shows research-level depth: designed new architectures or objectives, published or"
                + " led the modeling direction, and judges when the gain justifies the"
                + " complexity."),
        // ---- scalability: growth, architecture revision, composure under incidents
        competency(
            "scalability-planning",
            "Scalability planning",
            "scalability",
            "Anticipates growth of data and usage and revises architecture as demand changes.",
            "Has worked only with fixed, small data; has not thought about growth.",
            "Says they would 'add more servers'; no example of infrastructure changing with"
                + " demand.",
            "Describes a system where data volume or model usage grew, what broke or was about to,"
                + " and the architecture decision they revised in response.",
            "Planned capacity ahead of a launch or a new product using the model, designed for"
                + " growth with monitoring and retraining built in, and revisited the design with"
                + " numbers."),
        competency(
            "incident-diagnosis",
            "Composure and methodical diagnosis under incidents",
            "scalability",
            "When performance drops, latency spikes or edge cases appear, diagnoses methodically,"
                + " prioritises fixes and communicates tradeoffs.",
            "Describes changing things at random during an incident, or blaming another team"
                + " without evidence.",
            "Fixed an incident eventually but cannot describe how the cause was narrowed down or"
                + " what was done first to limit impact.",
            "Walks through an incident step by step: mitigation first (rollback or fallback),"
                + " hypotheses checked against metrics and traces, the root cause, and the update"
                + " given to stakeholders while it was open.",
            "Led incident response for ML systems, ran blameless reviews, and changed monitoring"
                + " or architecture so the class of failure could not recur."),
        // ---- communication
        competency(
            "stakeholder-communication",
            "Stakeholder communication",
            "communication",
            "Explains model behaviour, risks and tradeoffs to product, business and leadership"
                + " stakeholders so they can decide.",
            "Cannot explain their work without jargon; describes stakeholders as the problem.",
            "Reports metrics but not what they mean for the product, or what the stakeholder"
                + " must decide.",
            "Describes explaining a quality-versus-latency or cost tradeoff to a product owner in"
                + " their terms and the decision that followed.",
            "Set expectations for an ML product with leadership (what the model can and cannot"
                + " do, how it fails, what it costs) and kept them aligned through a setback."),
        competency(
            "platform-collaboration",
            "Working with DevOps and platform teams",
            "communication",
            "Collaborates with DevOps and platform teams to get models into production and keep"
                + " them there.",
            "Throws models over the wall to operations; does not know who runs production.",
            "Filed tickets with the platform team but describes no shared plan, interface or"
                + " ownership agreement.",
            "Describes agreeing a deployment interface and on-call split with a platform team, and"
                + " how they resolved a disagreement about it.",
            "Shaped the platform roadmap with DevOps and platform leads so models became a"
                + " first-class workload, and mentored others in working that way."));
  }

  private static Competency competency(
      String id,
      String name,
      String area,
      String description,
      String strongNo,
      String no,
      String yes,
      String strongYes) {
    return Competency.builder()
        .id(id)
        .name(name)
        .area(area)
        .description(description)
        .putAnchors(1, strongNo)
        .putAnchors(2, no)
        .putAnchors(3, yes)
        .putAnchors(4, strongYes)
        .build();
  }
}
