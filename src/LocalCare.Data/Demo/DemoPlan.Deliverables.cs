using System.Globalization;
using LocalCare.Core.Plans;

namespace LocalCare.Data.Demo;

public static partial class DemoPlan
{
    private const string Ops = "Director of Operations";
    private const string Nurse = "Chief Nurse";
    private const string Dass = "Director of Adult Social Services";
    private const string Hr = "Director of HR and OD";
    private const string Fin = "Director of Finance";
    private const string Strat = "Director of Strategy";
    private const string Med = "Medical Director";
    private const string Comm = "Head of Commissioning";
    private const string Ceo = "Chief Executive";

    /// <summary>
    /// The key deliverables of sections 3.3 (community health), 3.4 (adult social care) and 3.5 (joint), in document order,
    /// each with illustrative Q1–Q3 updates and partner alignments. Fresh instances.
    /// </summary>
    /// <remarks>
    /// Arguments of each line: workplan, number, priority, owner, due quarter, Q1–Q3 statuses (N not started, O on track,
    /// A at risk, X off track, D delivered), alignments (A = acute trust, C = council, then the partner's P number), title,
    /// description, then the reason and action for at-risk/off-track quarters ('|' separates quarters) and, optionally, why
    /// work has not started.
    /// </remarks>
    public static IReadOnlyList<Deliverable> Deliverables() =>
    [
        // 3.3 Community health workplans
        Make("CH", 1, Phm, Strat, 4, "OOO", "C5 C3 A1", "Close inequality gaps in the CORE20PLUS5 areas using data",
            "Extend the data-led approach to narrowing health inequalities in the agreed CORE20PLUS5 areas, for adults and for children and young people."),
        Make("CH", 2, Phm, Med, 4, "NOA", "C4 A2", "Support children's virtual wards and the CYP reform priorities",
            "Help develop virtual wards for children and young people and deliver the priorities set by the children's clinical advisory group and the city's CYP reform programme.",
            "Paediatric medical cover for the children's virtual ward is not yet agreed with MFT; a joint workforce options paper goes to the January executive."),
        Make("CH", 3, Phm, Med, 4, "OOO", "C5 A1", "Support the Manchester long-term conditions programme",
            "Contribute to the city's long-term conditions programme and help define better clinical and professional pathways."),
        Make("CH", 4, Phm, Strat, 3, "NOD", "C6 C5", "Set up an MMU partnership to evaluate neighbourhood working",
            "Agree a work programme with Manchester Metropolitan University to evaluate neighbourhood working and prevention across the LCO."),
        Make("CH", 5, Nbh, Ops, 4, "OOO", "C6 C5", "Strengthen Teams Around the Neighbourhood and show their impact",
            "Take the Manchester neighbourhood approach further so that Teams Around the Neighbourhood collaborate more and can evidence their impact for residents."),
        Make("CH", 6, Nbh, Strat, 4, "OOO", "C6 C5 C1", "Co-design a community prevention strategy with VCSFE partners",
            "Write an MLCO community prevention strategy with the voluntary, community, faith and social enterprise sector at its centre, enabling commissioning at neighbourhood level."),
        Make("CH", 7, Nbh, Strat, 2, "ODD", "C6 C5 A2", "Agree the LCO's part in the North Manchester strategy",
            "Plan how the LCO supports the North Manchester strategy and the hospital redevelopment case, piloting and evaluating prevention projects with community partners in the North."),
        Make("CH", 8, Safe, Ops, 4, "OAO", "A1 A3", "Meet statutory NHS access, quality and safety standards in every service",
            "Make sure all community health services meet the national access, quality and safety requirements.",
            "Two services slipped against the 18-week standard after summer vacancies; recovery trajectories are agreed and reviewed weekly."),
        Make("CH", 9, Safe, Ops, 4, "OOA", "A1 A2", "Implement the Single Point of Access plan and business support strategy",
            "Put the LCO's Single Point of Access plan and its business support strategy into practice.",
            "The telephony move for the Single Point of Access is delayed by the supplier; interim call routing is in place and go-live is re-planned for February."),
        Make("CH", 10, Safe, Nurse, 1, "DDD", "A3", "Implement the Patient Safety Incident Response Framework",
            "Adopt PSIRF across the LCOs in place of the previous serious incident framework."),
        Make("CH", 11, Safe, Nurse, 4, "OOO", "A3", "Deliver the PSIRP improvements in its five priority areas",
            "Carry out the improvement work set out in the Patient Safety Incident Response Plan for its five key areas."),
        Make("CH", 12, Safe, Nurse, 4, "OOO", "C4 A3", "Keep children, young people and vulnerable adults safe with partners",
            "Work with system partners so that children, young people and adults at risk are protected."),
        Make("CH", 13, Safe, Nurse, 3, "OAX", "C4 A3 A4", "Meet Trust targets for children's mandatory training and supervision",
            "Bring mandatory training and safeguarding supervision in children's services up to the Trust target.",
            "Mandatory training compliance in children's services dipped below the Trust target; team leaders are booking protected training time.|" +
            "Safeguarding supervision is still short of target because of health visiting vacancies; a named-nurse recovery plan runs to March."),
        Make("CH", 14, Safe, Nurse, 4, "OOO", "A3 C3", "Improve experience for people with a learning disability or autism",
            "Improve the experience of patients, families and carers in every LCO service in line with MFT's learning disability and autism strategy."),
        Make("CH", 15, Safe, Nurse, 4, "OOO", "A3 C5", "Deliver the dementia, carers and patient experience strategies",
            "Deliver the three experience strategies and embed What Matters to Me and Quality Care Rounds."),
        Make("CH", 16, Safe, Nurse, 4, "OOA", "A3", "Close the gap between WMTM and QCR scores",
            "Narrow the difference between What Matters to Me and Quality Care Round results at LCO and service level.",
            "What Matters to Me response numbers stay low in three services, widening the gap with QCR; the experience team is running targeted sessions."),
        Make("CH", 17, Safe, Nurse, 4, "OOO", "A3", "Start three-year Quality Assurance Reviews of community services",
            "Begin a rolling programme that reviews the quality of every LCO community service over three years."),
        Make("CH", 18, Safe, Ops, 4, "OAO", "A1 A5", "Build a capacity and demand baseline for community health",
            "Develop and refine a model that baselines capacity and demand across community health services.",
            "Data extraction for the capacity model is waiting on BI time; scope has been narrowed to the five largest services first."),
        Make("CH", 19, Safe, Nurse, 3, "OOD", "C4 A3", "Act on audit and inspection findings in children's community health",
            "Support and respond to the outcomes of audits and inspections of Children's Community Health Services."),
        Make("CH", 20, Safe, Ops, 4, "OAA", "A1", "Validate waiting list methods and cut waits with MFT",
            "Check the waiting list management method for community health and deliver the plan agreed with MFT Group to shorten waits.",
            "Validation found unrecorded discharges inflating two waiting lists; a data-quality clean-up is under way with BI.|" +
            "Waits in children's speech and language therapy and MSK remain above plan; extra clinics and validation sprints are agreed with MFT to March."),
        Make("CH", 21, Safe, Strat, 2, "ODD", "A5 C7", "Review and implement a revised governance structure",
            "Review the LCO's governance and put the revised structure in place."),
        Make("CH", 22, Safe, Strat, 4, "OOO", "A1 A5", "Continue the Community Health Transformation Programme",
            "Keep delivering a core, standardised community health offer and pathways based on an understanding of need."),
        Make("CH", 23, Safe, Nurse, 4, "NOX", "A3", "Roll out the Ulysses risk and assurance module",
            "Deploy Ulysses risk and assurance across community health services to evidence compliance with CQC quality statements and fundamental standards.",
            "Configuration of the Ulysses module is three months behind because of supplier capacity; rollout is re-phased to start with pilot services."),
        Make("CH", 24, Fut, Dass, 4, "OOA", "C5 C3", "Design and mobilise an integrated learning disability model",
            "Design an integrated learning disability service through an aligned commissioning and service plan, and start it up.",
            "The aligned commissioning plan for the learning disability model awaits agreement of the pooled budget; escalated to the Joint Commissioning Board."),
        Make("CH", 25, Fut, Ops, 4, "OAO", "A2 C5", "Redesign urgent care and discharge with Home First and Hospital at Home",
            "Rethink urgent care and discharge pathways with all hospital sites and embed Hospital at Home as one team across sites, with 7-day workforce resilience.",
            "Hospital at Home referrals in Central fell over the summer; in-reach to the hospital front door has been re-established."),
        Make("CH", 26, Fut, Strat, 4, "NNN", "A5 A3", "Prepare an outline business case for a community health EPR",
            "Compile an outline business case for an electronic patient record across community health, subject to the strategic outline case.",
            pending: "Waiting for the strategic outline case to be agreed before the outline business case can start."),
        Make("CH", 27, Fut, Hr, 4, "OOO", "A4", "Embed frontline-led service change",
            "Support staff to spot improvement opportunities, test them and put them into practice."),
        Make("CH", 28, Fut, Ceo, 3, "OAA", "C7 A5", "Refresh the Section 75 agreement between MFT and MCC",
            "Update the Section 75 partnership agreement between Manchester University NHS FT and Manchester City Council.",
            "Partner legal review of the refreshed Section 75 is taking longer than planned; sign-off moves from August to the December partnership board.|" +
            "Section 75 schedules still await Council legal sign-off; the Chief Executive has escalated for agreement in January."),
        Make("CH", 29, Fut, Comm, 4, "OOO", "C7 C5", "Run integrated commissioning through the Joint Commissioning Board",
            "Build on the LCO's aligned commissioning model to support the integrated commissioning function of the Manchester Integrated Care Partnership."),
        Make("CH", 30, Fut, Med, 4, "NOO", "A3", "Align community research and clinical audit with R&I",
            "Plan research in community services by specialty with Research and Innovation, and align clinical audit and quality improvement in the same way."),
        Make("CH", 31, Res, Fin, 4, "OAX", "A5 C7", "Deliver the control total and Value for Patients plans",
            "Keep within the LCO control total and deliver the agreed Value for Patients savings schemes.",
            "Value for Patients schemes are behind plan at month 6; finance and service leads are working up replacement schemes.|" +
            "The forecast shows a gap to the control total driven by agency spend; a recovery plan with vacancy controls goes to FPCG in January."),
        Make("CH", 32, Res, Fin, 4, "NNN", "A5 C2", "Develop a future plan for the community services estate",
            "Set out how the community services estate should develop over the coming years.",
            pending: "Starts in Q4 once the MFT group estates strategy is published."),
        Make("CH", 33, Res, Hr, 4, "OOO", "A4 C1", "Speed up recruitment and promote careers in the LCOs",
            "Work with managers and the MFT and Council resourcing teams to promote jobs and careers and move vacancies through the pipeline faster."),
        Make("CH", 34, Res, Hr, 4, "OOA", "A4", "Use BI analysis to reduce avoidable staff turnover",
            "Work with the MFT and Council BI teams to understand what drives turnover and promote support offers that help staff stay.",
            "Turnover analysis is delayed because MFT and Council workforce data do not yet join up; a shared dataset is being built with both BI teams."),
        Make("CH", 35, Res, Hr, 4, "OOO", "A4 C3", "Deliver the OD plan, refreshed appraisals and Freedom to Lead 2024",
            "Reinforce strengths-based leadership and engagement, embed the refreshed 'A Different Conversation' appraisals and hold Freedom to Lead 2024."),
        Make("CH", 36, Res, Hr, 4, "OOO", "A4", "Deliver and evaluate leadership and team development plans",
            "Run Leading Together cohorts 2 to 4, Trafford neighbourhood development plans and the Hospital at Home induction framework, and evaluate their impact."),
        Make("CH", 37, Res, Hr, 4, "OOO", "C3 A4", "Review EDI priorities and deliver the 2024/25 EDI programme",
            "Refresh the LCO's equality, diversity and inclusion priorities and deliver the year's programme."),
        Make("CH", 38, Res, Hr, 4, "AAX", "A4 C5", "Strengthen wellbeing champions and sickness absence management",
            "Agree a plan to make Health and Wellbeing Champions more effective and help managers case-manage sickness absence proactively.",
            "Sickness absence is well above the 4.5% target; the champions plan and manager case-management training are being agreed.|" +
            "Absence remains above 6%, led by stress and musculoskeletal causes; HR business partners now review every long-term case monthly.|" +
            "Rolling absence has not come down; targeted support for the three highest-absence services starts in January."),
        Make("CH", 39, Res, Strat, 4, "OOO", "A5 C7", "Develop and deliver the digital improvement plan",
            "Produce and deliver a digital improvement and transformation plan for the LCO."),
        Make("CH", 40, Pcv, Med, 4, "OOO", "A2", "Brief primary care on Hospital at Home and other service changes",
            "Keep primary care informed about clinical changes, especially Hospital at Home, community response and Community Health Transformation changes."),
        Make("CH", 41, Pcv, Med, 4, "NNN", "A2 A3", "Adopt AoMRC best practice on acute and community interfaces",
            "Support the MFT strategy to follow Academy of Medical Royal Colleges guidance on interfaces between services.",
            pending: "Waiting for MFT to publish its group interface policy; LCO work begins once it is issued."),
        Make("CH", 42, Pcv, Med, 3, "OOD", "A3 C3 C5", "Lead MFT's sickle cell, thalassaemia and rare anaemia strategy",
            "Lead the design of the MFT service strategy for sickle cell, thalassaemia and rare anaemia, informed by community-led engagement."),

        // 3.4 Adult social care workplans
        Make("ASC", 1, Phm, Comm, 4, "OOO", "C5 C6", "Co-produce an MLCO prevention strategy with VCSE partners",
            "ASC theme: Prevention. Design and develop the LCO prevention strategy jointly with voluntary and community sector partners."),
        Make("ASC", 2, Phm, Dass, 4, "OOO", "C5 C3", "Extend Early Help and Prevention to people with LD and complex needs",
            "ASC theme: Prevention. Widen the Early Help and Prevention offer to people with a learning disability and complex support needs."),
        Make("ASC", 3, Phm, Dass, 4, "OOO", "A2 C5", "Make reablement the first option on discharge and step-up",
            "ASC theme: Prevention. Take a 'Reablement first' approach on discharge and community step-up pathways so everyone who could benefit gets reablement."),
        Make("ASC", 4, Phm, Dass, 4, "OAO", "C5 C2", "Embed tech-enabled care and set an equipment services strategy",
            "ASC theme: Prevention. Build tech-enabled care into LCO operating models, review the city's equipment services and increase TEC use to support independence.",
            "Procurement of the new community alarm platform paused for a legal query; it resumed in September with no change to go-live."),
        Make("ASC", 5, Phm, Dass, 4, "OOO", "C5 C6", "Improve carers' lived experience through community services",
            "ASC theme: Prevention. Develop a community services approach that improves the day-to-day experience of unpaid carers."),
        Make("ASC", 6, Phm, Dass, 2, "ODD", "C5 C7", "Deliver and evaluate the Moving and Handling pilot",
            "ASC theme: Prevention. Run and evaluate the Moving and Handling pilot, maximising independence and reducing the need for homecare."),
        Make("ASC", 7, Phm, Dass, 4, "NNN", "C1 C5", "Explore blended roles between community services and homecare",
            "ASC theme: Prevention. Develop and test roles that combine community services and homecare tasks.",
            pending: "Depends on the new homecare contracts; scoping starts when the retender is awarded."),
        Make("ASC", 8, Fut, Comm, 4, "OOA", "C1 C7 C5", "Retender homecare and LD/MH supported accommodation contracts",
            "ASC theme: Commissioning. Re-procure homecare and supported accommodation for people with a learning disability or mental health needs.",
            "Homecare tender responses were fewer than expected in two localities; the evaluation timetable is extended and providers are being re-engaged."),
        Make("ASC", 9, Fut, Comm, 4, "OOO", "C7", "Support the integrated commissioning function through aligned commissioning",
            "ASC theme: Commissioning. Build on aligned commissioning in the LCO to support integrated commissioning for the Manchester Integrated Care Partnership."),
        Make("ASC", 10, Fut, Comm, 4, "OOO", "C6", "Let frontline teams shape commissioning via See and Solve and My Views",
            "ASC theme: Commissioning. Keep enabling frontline teams to inform commissioning priorities as part of responsive commissioning."),
        Make("ASC", 11, Fut, Comm, 3, "OOD", "C5", "Widen brokerage to cover learning disability and mental health support",
            "ASC theme: Commissioning. Expand the brokerage team's scope to arrange learning disability and mental health support."),
        Make("ASC", 12, Res, Dass, 4, "OAA", "C4 C5", "Strengthen transition to adult services through Preparing for Adulthood",
            "ASC theme: Preparing for Adulthood. Work earlier with young people with a learning disability and plan for the c.50 expected to move to adult services this year.",
            "Only half of the young people due to transition have a named adult worker; the team is prioritising cases by transition date.|" +
            "Transition planning is behind for young people with complex needs; a joint children's and adults panel now meets fortnightly."),
        Make("ASC", 13, Safe, Dass, 4, "OOO", "C5 C6", "Transform safeguarding so people get timely support and feel safe",
            "ASC theme: Safeguarding. Reshape safeguarding so people are supported promptly and feel safe where they live, making safeguarding personal."),
        Make("ASC", 14, Res, Comm, 3, "OAX", "C1 C7 C5", "Produce a care market sustainability plan",
            "ASC theme: Care Market. Work with providers on market stability, framework rates, recruitment and retention, and grow extra care housing.",
            "The framework rate review is delayed pending the Council's budget position; providers are being briefed monthly.|" +
            "The plan cannot be finalised until next year's rates are set and two homecare providers have given notice; contingency capacity has been secured."),
        Make("ASC", 15, Res, Comm, 4, "NNN", "C5 A2", "Develop a Manchester care home strategy",
            "ASC theme: Care Market. Write a strategy for care home provision in the city.",
            pending: "Sequenced after the care market sustainability plan; drafting is scheduled for Q4."),
        Make("ASC", 16, Res, Comm, 4, "OOO", "C1 C6", "Keep providers engaged through Innovation Labs",
            "ASC theme: Care Market. Continue Innovation Labs as a forum for engaging the care market."),
        Make("ASC", 17, Res, Dass, 4, "OOO", "A2 C5", "Expand the trusted assessor model across the city",
            "ASC theme: Care Market. Apply the lessons of the trusted assessor pilot and extend it city-wide."),
        Make("ASC", 18, Fut, Dass, 4, "OOA", "C5 C3", "Mobilise the next phases of My Life, My Way",
            "ASC theme: My Life, My Way and LD. Start the next phases covering supported accommodation, day services, short breaks and transport.",
            "The new day services transport offer needs a vehicle contract that has not been let; interim transport is extended to March."),
        Make("ASC", 19, Fut, Dass, 4, "AXX", "C5 C7", "Complete assessments and case reviews on time",
            "ASC theme: My Life, My Way and LD. Make sure assessments and case reviews happen in good time.",
            "Overdue reviews have grown after social work vacancies in two localities; a review blitz with agency capacity is being planned.|" +
            "The review backlog is still rising and assessment waits are longest in the North; six months of agency capacity has been approved.|" +
            "The backlog is falling but remains above trajectory; the ASC Performance Board monitors it weekly until it recovers."),
        Make("ASC", 20, Fut, Dass, 4, "NNN", "C5", "Find ways to integrate health and social care LD teams",
            "ASC theme: My Life, My Way and LD. Identify where in-house learning disability health and social care teams could integrate.",
            pending: "Follows the integrated learning disability model design; planned to start in Q4."),
        Make("ASC", 21, Res, Dass, 3, "OOD", "A2 C5", "Review ASC discharge pathways using Newton Europe learning",
            "ASC theme: Hospital demand. Review the social care role in discharge pathways and Integrated Discharge Teams and act on the Newton Europe findings."),
        Make("ASC", 22, Res, Comm, 4, "OOO", "A2 C6", "Grow a VCSE home-from-hospital offer that prevents readmission",
            "ASC theme: Hospital demand. Work with the VCSE so people leaving hospital get practical support that prevents readmission."),
        Make("ASC", 23, Res, Dass, 4, "OOO", "C5 C7", "Meet Care Act duties with safe, effective adult social care",
            "ASC theme: Hospital demand. Meet statutory requirements and run safe, effective and efficient adult social care as the Care Act 2014 sets out."),
        Make("ASC", 24, Safe, Fin, 4, "AXA", "C7", "Fix ContrOCC workflow, recording and payments; cut invoices on hold",
            "ASC theme: ContrOCC. Improve workflow, system recording and the payments process in ContrOCC and reduce invoices on hold.",
            "Invoices on hold rose after the ContrOCC upgrade; a finance and systems taskforce is clearing the oldest first.|" +
            "Providers report late payments as invoices on hold grow; extra payments staff are in place while the workflow fix is tested.|" +
            "Invoices on hold are falling but remain above target; the workflow change goes live in January."),
        Make("ASC", 25, Safe, Dass, 4, "OOO", "C5", "Support GMMH's improvement to a safe, strengths-based service",
            "ASC theme: GMMH. Help Greater Manchester Mental Health on its journey to a safe, effective, strengths-based offer."),

        // 3.5 Joint workplans
        Make("JOINT", 1, Phm, Strat, 4, "OOO", "C5 C6", "Co-produce the MLCO prevention strategy with VCSE partners",
            "Design the LCO-wide prevention strategy together with voluntary and community sector partners."),
        Make("JOINT", 2, Phm, Dass, 4, "OOO", "C5 C3", "Extend Early Help and Prevention to people with LD and complex needs",
            "Widen the Early Help and Prevention offer to people with a learning disability and complex support needs."),
        Make("JOINT", 3, Phm, Dass, 4, "OAO", "C5 A2", "Embed tech-enabled care across LCO operating models",
            "Build tech-enabled care into how health and social care teams work and review the city's equipment services.",
            "Procurement of the new community alarm platform paused for a legal query; it resumed in September with no change to go-live."),
        Make("JOINT", 4, Phm, Strat, 3, "NOD", "C6 C5", "Evaluate neighbourhood working and prevention with MMU",
            "Agree a joint evaluation programme with Manchester Metropolitan University covering neighbourhood working and prevention."),
        Make("JOINT", 5, Nbh, Dass, 4, "NNN", "C1 C5", "Explore blended roles with community services in homecare",
            "Test roles that blend community health, social care and homecare tasks around the person.",
            pending: "Depends on the new homecare contracts; scoping starts when the retender is awarded."),
        Make("JOINT", 6, Nbh, Med, 4, "OOO", "A2", "Keep primary care informed of Hospital at Home and service changes",
            "Communicate clinical and service specification changes to primary care, especially Hospital at Home and community response."),
        Make("JOINT", 7, Nbh, Ops, 4, "OOO", "C6 C5", "Grow collaboration through Teams Around the Neighbourhood",
            "Progress the Manchester neighbourhood approach and show the difference Teams Around the Neighbourhood make."),
        Make("JOINT", 8, Nbh, Ops, 4, "OAO", "A2 C5", "Redesign urgent care and discharge around Hospital at Home",
            "With all hospital sites, redesign urgent care and discharge on a Home First basis and run Hospital at Home as one team.",
            "Hospital at Home referrals in Central fell over the summer; in-reach to the hospital front door has been re-established."),
        Make("JOINT", 9, Nbh, Dass, 4, "OOO", "A2 C5", "Home First: reablement-first discharge and IDT review",
            "Make reablement the first option on discharge and step-up, and review the social care role in Integrated Discharge Teams."),
        Make("JOINT", 10, Nbh, Comm, 4, "OOO", "C7 C5", "Support integrated commissioning for the Manchester ICP",
            "Use the LCO's aligned commissioning model to support integrated commissioning for the Manchester Integrated Care Partnership."),
        Make("JOINT", 11, Nbh, Hr, 4, "OOO", "A4 C6", "Frontline-led change and See and Solve shaping commissioning",
            "Help frontline staff test improvements and feed commissioning priorities through See and Solve and My Views."),
        Make("JOINT", 12, Safe, Dass, 4, "AXX", "C5 C7", "Complete assessments and case reviews on time",
            "Make sure people get assessments and case reviews when they need them.",
            "Overdue reviews grew after social work vacancies in two localities; a review blitz with agency capacity is being planned.|" +
            "Assessment waits are longest in the North and the backlog is still rising; six months of agency capacity has been approved.|" +
            "The backlog is now falling but remains above trajectory; weekly monitoring continues until it recovers."),
        Make("JOINT", 13, Safe, Dass, 4, "NNN", "C5", "Integrate in-house LD health and social care teams",
            "Identify where learning disability health and social care teams could work as one.",
            pending: "Follows the integrated learning disability model design; planned to start in Q4."),
        Make("JOINT", 14, Safe, Ops, 4, "OOO", "A1 A3 C5", "Meet NHS and Care Act statutory requirements in all services",
            "Meet national NHS access, quality and safety requirements and Care Act 2014 duties across health and social care."),
        Make("JOINT", 15, Safe, Nurse, 4, "OOO", "A3 C3", "Improve experience for people with LD and autism",
            "Improve the experience of people with a learning disability or autism, and their carers, in line with MFT's strategy."),
        Make("JOINT", 16, Safe, Dass, 4, "OOO", "C5 C6", "Make safeguarding personal and timely",
            "Transform safeguarding so people get timely support and feel safe and secure where they live."),
        Make("JOINT", 17, Safe, Ops, 4, "OOA", "A1 A2", "Implement the Single Point of Access and business support plans",
            "Deliver the LCO Single Point of Access plan and the business support strategy behind it.",
            "The telephony move for the Single Point of Access is delayed by the supplier; interim call routing is in place and go-live is re-planned for February."),
        Make("JOINT", 18, Safe, Nurse, 3, "OOD", "C4 A3", "Respond to audit and inspection outcomes in CCHS",
            "Support and act on the outcomes of audits and inspections of Children's Community Health Services."),
        Make("JOINT", 19, Fut, Dass, 4, "OOO", "C5 C3", "Early Help and Prevention for people with LD and complex needs",
            "Expand Early Help and Prevention so it reaches people with a learning disability and complex support needs."),
        Make("JOINT", 20, Fut, Dass, 4, "OOA", "C5 C3", "Design and mobilise the integrated learning disability service",
            "Design the integrated learning disability model through an aligned commissioning and service plan, and start it up.",
            "The aligned commissioning plan for the learning disability model awaits agreement of the pooled budget; escalated to the Joint Commissioning Board."),
        Make("JOINT", 21, Fut, Ceo, 3, "OAA", "C7 A5", "Refresh the MFT and MCC Section 75 agreement",
            "Update the Section 75 agreement that lets MFT and the Council run integrated services through the LCO.",
            "Partner legal review of the refreshed Section 75 is taking longer than planned; sign-off moves from August to the December partnership board.|" +
            "Section 75 schedules still await Council legal sign-off; the Chief Executive has escalated for agreement in January."),
        Make("JOINT", 22, Fut, Comm, 4, "OOO", "C7", "Build the integrated commissioning function on aligned commissioning",
            "Extend aligned commissioning so the LCO supports the Manchester Integrated Care Partnership's integrated commissioning function."),
        Make("JOINT", 23, Fut, Strat, 4, "OOO", "A5 C7", "Deliver the digital improvement and transformation plan",
            "Develop and deliver one digital improvement plan across community health and adult social care."),
        Make("JOINT", 24, Fut, Med, 4, "NOO", "A3", "Align research, clinical audit and QI with R&I",
            "Plan community research by specialty with Research and Innovation and align clinical audit and quality improvement the same way."),
        Make("JOINT", 25, Res, Dass, 4, "OAA", "C4 C5", "Strengthen the move from children's to adult services",
            "Improve the transition from children's into adult services for young people with care and support needs.",
            "Only half of the young people due to transition have a named adult worker; the team is prioritising cases by transition date.|" +
            "Transition planning is behind for young people with complex needs; a joint children's and adults panel now meets fortnightly."),
        Make("JOINT", 26, Res, Dass, 4, "OOX", "C4 C5", "Plan for the c.50 young people moving to adult services this year",
            "Agree a plan with children's services for the roughly 50 young people expected to transition to adult services in 2024/25.",
            "A dozen young people due to transition before March lack an agreed adult care plan; the joint panel is clearing cases in date order."),
        Make("JOINT", 27, Res, Fin, 4, "NNN", "A5 C2", "Plan the future community services estate",
            "Agree a future plan for the buildings community health and social care teams work from.",
            pending: "Starts in Q4 once the MFT group estates strategy is published."),
        Make("JOINT", 28, Res, Strat, 2, "ODD", "A5 C7", "Review and implement revised governance",
            "Review the LCO's joint governance and put the revised structure in place."),
        Make("JOINT", 29, Pcv, Strat, 4, "OOO", "C6 C5", "Prevention strategy co-produced with the VCSE",
            "Co-produce the MLCO prevention strategy with the voluntary, community and social enterprise sector."),
        Make("JOINT", 30, Pcv, Comm, 4, "OOO", "A2 C6", "Home from Hospital support with the VCSE",
            "Work with the VCSE so people leaving hospital get practical support focused on preventing readmission and improving wellbeing."),
    ];

    private static Deliverable Make(
        string workplan, int number, string priority, string owner, int due, string statuses, string aligns,
        string title, string description, string issue = "", string pending = "")
    {
        var code = string.Create(CultureInfo.InvariantCulture, $"D2425-{workplan}-{number:00}");
        string[] issues = issue.Length == 0 ? [] : issue.Split('|');
        var flagged = 0;
        var updates = new List<DeliverableUpdate>();
        for (var quarter = 1; quarter <= statuses.Length; quarter++)
        {
            var status = ParseStatus(statuses[quarter - 1]);
            var previous = quarter == 1 ? (DeliverableStatus?)null : updates[^1].Status;
            var commentary = status switch
            {
                DeliverableStatus.NotStarted => pending.Length > 0 ? pending : "Not started yet; work is scheduled for later in the year.",
                DeliverableStatus.AtRisk or DeliverableStatus.OffTrack when issues.Length > 0 => issues[Math.Min(flagged++, issues.Length - 1)],
                DeliverableStatus.AtRisk or DeliverableStatus.OffTrack => throw new InvalidOperationException($"{code}: Q{quarter} needs a reason."),
                DeliverableStatus.Delivered when previous == DeliverableStatus.Delivered => "",
                DeliverableStatus.Delivered => "Delivered and handed over to business as usual.",
                _ when previous is DeliverableStatus.AtRisk or DeliverableStatus.OffTrack => "Back on track after last quarter's recovery actions.",
                _ => "",
            };

            if (previous == DeliverableStatus.Delivered && status != DeliverableStatus.Delivered)
            {
                throw new InvalidOperationException($"{code}: a delivered deliverable stays delivered.");
            }

            // Each reason reads "what went wrong; what is being done": the second half is the update's action.
            var (reason, action) = status.NeedsCommentary() ? Split(commentary) : (commentary, "");
            updates.Add(new DeliverableUpdate { DeliverableCode = code, Quarter = quarter, Status = status, Commentary = reason, Action = action });
        }

        return new Deliverable
        {
            Code = code,
            PlanYear = Year,
            PriorityCode = priority,
            WorkplanCode = workplan,
            Title = title,
            Description = description,
            Owner = owner,
            OwnerUserName = OwnerAccount(owner),
            DueQuarter = due,
            Metrics = [.. EvidenceMetrics(code).Select(m => new DeliverableMetric { DeliverableCode = code, MetricId = m })],
            Milestones = [.. Milestones(code)],
            Updates = updates,
            Alignments = [.. aligns.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(a => new DeliverableAlignment
            {
                DeliverableCode = code,
                PartnerPriorityCode = (a[0] == 'A' ? "ACUTE-P" : "COUNCIL-P") + a[1..],
            })],
        };
    }

    private static (string Reason, string Action) Split(string commentary)
    {
        var at = commentary.IndexOf("; ", StringComparison.Ordinal);
        var action = commentary[(at + 2)..];
        return (commentary[..at] + ".", char.ToUpperInvariant(action[0]) + action[1..]);
    }

    /// <summary>The demo's accounts: the operations director's deliverables are updated by the demo manager, the rest by the demo executive.</summary>
    private static string OwnerAccount(string owner) => owner == Ops ? "manager" : "executive";

    private static DeliverableStatus ParseStatus(char letter) => letter switch
    {
        'N' => DeliverableStatus.NotStarted,
        'O' => DeliverableStatus.OnTrack,
        'A' => DeliverableStatus.AtRisk,
        'X' => DeliverableStatus.OffTrack,
        'D' => DeliverableStatus.Delivered,
        _ => throw new ArgumentOutOfRangeException(nameof(letter), letter, "Status letters are N, O, A, X and D."),
    };
}
