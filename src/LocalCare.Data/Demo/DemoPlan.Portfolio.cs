using LocalCare.Core.Portfolio;

namespace LocalCare.Data.Demo;

public static partial class DemoPlan
{
    private const string AdultSocialCare = "Transforming Adult Social Care";
    private const string CommunityHealth = "Transforming Community Health Services";
    private const string Digital = "Transforming the LCOs' Digital Infrastructure";
    private const string HealthOutcomes = "Transforming Health Outcomes";
    private const string SystemWorking = "Transforming System Working";

    /// <summary>
    /// The 2024/25 transformation portfolio of section 3.6: the programmes in scope (governed by the Transformation Portfolio
    /// Board) and in sight (system level), in the plan's order, with their projects and the deliverables they carry. Statuses,
    /// leads and commentary are illustrative. Fresh instances.
    /// </summary>
    public static IReadOnlyList<Programme> Programmes() =>
    [
        // In scope
        NewProgramme(1, "ASC", ProgrammeScope.InScope, AdultSocialCare, "Manchester Adult Social Care Transformation Portfolio", Dass, "M", PortfolioStatus.AtRisk,
            "Adult social care's workstreams and programmes: prevention, safeguarding, ContrOCC, mental health, My Life My Way, preparing for adulthood, learning disability and personalisation.",
            "ContrOCC payments and transitions to adult services are behind plan; both have recovery plans reported to the Board each month.",
            "ASC-01 ASC-02 ASC-13 ASC-24 ASC-25 ASC-18 ASC-12 ASC-20",
            NewProject("Early Help and Prevention workstream", Comm, PortfolioStatus.OnTrack),
            NewProject("Transforming Safeguarding workstream", Dass, PortfolioStatus.OnTrack),
            NewProject("ContrOCC Programme", Fin, PortfolioStatus.OffTrack,
                "Invoices on hold rose after the upgrade and remain above target; the workflow change goes live in January."),
            NewProject("Greater Manchester Mental Health (GMMH)", Dass, PortfolioStatus.OnTrack),
            NewProject("My Life, My Way Programme", Dass, PortfolioStatus.AtRisk,
                "The day services transport contract has not been let; interim transport is extended to March."),
            NewProject("Preparing for Adulthood Programme", Dass, PortfolioStatus.AtRisk,
                "Only half of the young people due to transition have a named adult worker; cases are prioritised by transition date."),
            NewProject("Learning Disability Vision and integration", Dass, PortfolioStatus.NotStarted),
            NewProject("Direct Payments and Personalisation", Comm, PortfolioStatus.Complete)),
        NewProgramme(2, "CHTP", ProgrammeScope.InScope, CommunityHealth, "Community Health Transformation Programme", Ops, "M", PortfolioStatus.OnTrack,
            "A core, standardised community health offer and pathways, built on an understanding of need.",
            "",
            "CH-22 CH-09 JOINT-17 CH-18",
            NewProject("Podiatry Project", Ops, PortfolioStatus.OnTrack),
            NewProject("Manchester Case Management (MCM) Project", Ops, PortfolioStatus.OnTrack),
            NewProject("Single Point of Access (SPOA) Project", Ops, PortfolioStatus.AtRisk,
                "The telephony move is delayed by the supplier; interim call routing is in place and go-live is re-planned for February."),
            NewProject("Community Administration Project", Ops, PortfolioStatus.NotStarted),
            NewProject("MRI/Central Discharge Pilot", Ops, PortfolioStatus.Complete)),
        NewProgramme(3, "LOC", ProgrammeScope.InScope, CommunityHealth, "Locality Driven Service Change and Service Improvement Plans", Ops, "M", PortfolioStatus.OnTrack,
            "Service changes led by each locality, and the improvement plans its services wrote for the year.",
            "",
            "CH-27 JOINT-11",
            NewProject("North Manchester service improvement plans", Ops, PortfolioStatus.OnTrack),
            NewProject("Central Manchester service improvement plans", Ops, PortfolioStatus.OnTrack),
            NewProject("South Manchester service improvement plans", Ops, PortfolioStatus.AtRisk,
                "Two South services have not agreed their improvement plans after leadership changes; the locality team is helping them finish by December.")),
        NewProgramme(4, "DIG", ProgrammeScope.InScope, Digital, "Digital Programme", Strat, "M & T", PortfolioStatus.OffTrack,
            "The LCOs' digital, data and business intelligence work, governed by the Digital Design Authority.",
            "The EPR business case waits for the strategic outline case and the Ulysses rollout is three months behind; the Digital Design Authority has re-phased both.",
            "CH-39 JOINT-23 CH-26 CH-23",
            NewProject("Digital architecture and infrastructure", Strat, PortfolioStatus.OnTrack),
            NewProject("Core systems implementation and optimisation", Strat, PortfolioStatus.OffTrack,
                "EMIS optimisation and the Ulysses module are behind because of supplier capacity; pilot services go first."),
            NewProject("Shared care records", Strat, PortfolioStatus.OnTrack),
            NewProject("Knowledge and insight", Strat, PortfolioStatus.AtRisk,
                "BI time for the capacity and demand model is short; its scope is narrowed to the five largest services first.")),
        NewProgramme(5, "PHM", ProgrammeScope.InScope, HealthOutcomes, "Embedding the LCOs' approach to Population Health Management", Strat, "M & T", PortfolioStatus.OnTrack,
            "Population health management through the neighbourhood teams, primary care and the VCSE, starting with the CORE20PLUS5 areas.",
            "",
            "CH-01 JOINT-01",
            NewProject("Population health management in Integrated Neighbourhood Teams", Strat, PortfolioStatus.OnTrack),
            NewProject("Population health management in children and young people's services", Med, PortfolioStatus.NotStarted)),

        // In sight
        NewProgramme(6, "LTC", ProgrammeScope.InSight, SystemWorking, "Long Term Conditions Programme", Med, "M & T", PortfolioStatus.OnTrack,
            "The city's long-term conditions programme, to which the LCO contributes better clinical and professional pathways.",
            "",
            "CH-03"),
        NewProgramme(7, "HF", ProgrammeScope.InSight, SystemWorking, "Home First", Dass, "M & T", PortfolioStatus.OnTrack,
            "Reablement first on discharge and step-up, with the social care part of the Integrated Discharge Teams reviewed.",
            "",
            "ASC-03 JOINT-09 ASC-21",
            NewProject("Reablement first on discharge and step-up", Dass, PortfolioStatus.OnTrack),
            NewProject("Integrated Discharge Team review", Dass, PortfolioStatus.Complete)),
        NewProgramme(8, "CYP", ProgrammeScope.InSight, SystemWorking, "Children and Young People Reform Programme", Med, "M", PortfolioStatus.AtRisk,
            "The city's reform of children and young people's services, including children's virtual wards.",
            "Paediatric medical cover for the children's virtual ward is not agreed; a joint workforce options paper goes to the January executive.",
            "CH-02"),
        NewProgramme(9, "INW", ProgrammeScope.InSight, SystemWorking, "Integrated Neighbourhood Working", Ops, "M", PortfolioStatus.OnTrack,
            "Public services working together in each neighbourhood, through Teams Around the Neighbourhood.",
            "",
            "CH-05 JOINT-07"),
        NewProgramme(10, "NMS", ProgrammeScope.InSight, SystemWorking, "North Manchester Strategy", Strat, "M", PortfolioStatus.OnTrack,
            "The LCO's part in the North Manchester strategy and the hospital redevelopment, piloting prevention with partners in the North.",
            "",
            "CH-07"),
        NewProgramme(11, "HAH", ProgrammeScope.InSight, SystemWorking, "Hospital@Home", Ops, "M & T", PortfolioStatus.AtRisk,
            "Hospital at Home as one team across the hospital sites, with seven-day workforce resilience.",
            "Referrals in Central fell over the summer; in-reach to the hospital front door has been re-established.",
            "CH-25 JOINT-08 CH-40",
            NewProject("One Hospital at Home team across sites", Ops, PortfolioStatus.OnTrack),
            NewProject("Seven-day workforce resilience", Hr, PortfolioStatus.AtRisk,
                "Weekend rotas rely on bank staff; a recruitment campaign for seven-day posts opens in January.")),
        NewProgramme(12, "SCT", ProgrammeScope.InSight, SystemWorking, "Sickle Cell, Thalassaemia and Rare Anaemia Service Strategy", Med, "M & T", PortfolioStatus.Complete,
            "The MFT service strategy for sickle cell, thalassaemia and rare anaemia, shaped by community-led engagement.",
            "",
            "CH-42"),
        NewProgramme(13, "NBHT", ProgrammeScope.InSight, SystemWorking, "Neighbourhood Programme", "Director of Operations (Trafford)", "T", PortfolioStatus.NotStarted,
            "Trafford's neighbourhood programme, led by the Trafford LCO.",
            "",
            ""),
    ];

    private static Programme NewProgramme(
        int order, string key, ProgrammeScope scope, string theme, string name, string lead, string partners, PortfolioStatus status,
        string summary, string commentary, string deliverables, params (string Name, string Lead, PortfolioStatus Status, string Commentary)[] projects)
    {
        var code = "TP2425-" + key;
        if ((status.NeedsCommentary() && commentary.Length == 0) || projects.Any(p => p.Status.NeedsCommentary() && p.Commentary.Length == 0))
        {
            throw new InvalidOperationException($"{code}: at risk and off track need commentary.");
        }

        return new Programme
        {
            Code = code,
            PlanYear = Year,
            Order = order,
            Name = name,
            Scope = scope,
            Theme = theme,
            Lead = lead,
            Partners = partners,
            Status = status,
            Summary = summary,
            Commentary = commentary,
            Projects = [.. projects.Select((p, i) => new Project
            {
                Code = Project.CodeFor(code, i + 1),
                ProgrammeCode = code,
                Name = p.Name,
                Lead = p.Lead,
                Status = p.Status,
                Commentary = p.Commentary,
            })],
            Deliverables = [.. deliverables.Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .Select(d => new ProgrammeDeliverable { ProgrammeCode = code, DeliverableCode = "D2425-" + d })],
        };
    }

    private static (string Name, string Lead, PortfolioStatus Status, string Commentary) NewProject(string name, string lead, PortfolioStatus status, string commentary = "") =>
        (name, lead, status, commentary);
}
