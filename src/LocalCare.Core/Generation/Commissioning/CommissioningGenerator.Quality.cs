using System.Globalization;

namespace LocalCare.Core.Generation.Commissioning;

/// <summary>Council quality audits (one or two a year while a provider is contracted), their action plans and the concerns raised between audits.</summary>
public sealed partial class CommissioningGenerator
{
    private static readonly (string Kind, double PerYear, double MedianDays)[] ConcernRates =
    [
        (ConcernKinds.Safeguarding, 0.35, 40),
        (ConcernKinds.Whistleblowing, 0.06, 30),
        (ConcernKinds.ComplaintUpheld, 0.5, 25),
        (ConcernKinds.Other, 0.12, 35),
    ];

    private void AuditsOf(ProviderModel provider, string[] auditors, List<AuditRow> audits, List<AuditActionRow> actions)
    {
        var random = new Random(Seeds.For(Settings.Seed, Seeds.Commissioning, AuditStream, provider.Ordinal));
        var until = Min(_last, provider.ContractsEnd);
        var date = Weekday(Max(_first, provider.ContractsStart).AddDays(random.Next(20, 300)));
        var sequence = 0;
        while (date <= until)
        {
            var quality = provider.QualityAt(date, _first);
            var score = quality + (0.55 * random.Normal());
            var overall = AuditRating(score);
            var questions = new string?[5];
            for (var i = 0; i < questions.Length; i++)
            {
                questions[i] = random.Chance(0.12) ? null : AuditRating(score + (0.45 * random.Normal()));
            }

            sequence++;
            var code = string.Create(CultureInfo.InvariantCulture, $"AU{provider.Ordinal:0000}-{sequence:00}");
            audits.Add(new AuditRow(code, provider.Code, date, Pick(random, auditors), overall, questions[0], questions[1], questions[2], questions[3], questions[4]));
            ActionsOf(random, code, date, overall, questions, actions);

            // PAMMS-style: a poor result is re-audited in about six months, a good one within the year.
            var gap = overall switch
            {
                AuditRatings.Poor => random.Next(150, 200),
                AuditRatings.RequiresImprovement => random.Next(170, 240),
                AuditRatings.Good => random.Next(200, 365),
                _ => random.Next(300, 420),
            };
            date = Weekday(date.AddDays(gap));
        }
    }

    private static string AuditRating(double score) => score switch
    {
        > 1.3 => AuditRatings.Excellent,
        > -0.5 => AuditRatings.Good,
        > -1.4 => AuditRatings.RequiresImprovement,
        _ => AuditRatings.Poor,
    };

    /// <summary>Every audit requiring improvement or poor gets actions (on the key questions that fell short, if any); some good ones too.</summary>
    private void ActionsOf(Random random, string auditCode, DateOnly auditDate, string overall, string?[] questions, List<AuditActionRow> actions)
    {
        var count = overall switch
        {
            AuditRatings.Poor => 2 + random.Next(4),
            AuditRatings.RequiresImprovement => 1 + random.Next(3),
            AuditRatings.Good => random.Chance(0.3) ? 1 : 0,
            _ => 0,
        };
        var weak = Enumerable.Range(0, 5).Where(i => questions[i] is AuditRatings.Poor or AuditRatings.RequiresImprovement).Select(i => KeyQuestions.All[i]).ToList();
        var candidates = weak.Count > 0 ? weak : KeyQuestions.All;
        for (var n = 1; n <= count; n++)
        {
            var question = Pick(random, candidates);
            var due = auditDate.AddDays(random.Next(28, 121));
            DateOnly? completed = null;
            if (random.Chance(0.82))
            {
                var done = Max(auditDate.AddDays(3), due.AddDays((int)Math.Round((20 * random.Normal()) - 8)));
                completed = done <= _last ? done : null;
            }

            actions.Add(new AuditActionRow(
                string.Create(CultureInfo.InvariantCulture, $"{auditCode}-{n}"), auditCode, question,
                Pick(random, CommissioningNames.Actions[question]), Pick(random, CommissioningNames.ActionOwners), due, completed));
        }
    }

    /// <summary>Concerns at rates per year contracted; weaker providers have more safeguarding concerns. Closed empty while open at the last day.</summary>
    private void ConcernsOf(ProviderModel provider, List<ConcernRow> rows)
    {
        var random = new Random(Seeds.For(Settings.Seed, Seeds.Commissioning, ConcernStream, provider.Ordinal));
        var from = Max(_first, provider.ContractsStart);
        var to = Min(_last, provider.ContractsEnd);
        if (to < from)
        {
            return;
        }

        var years = (to.DayNumber - from.DayNumber + 1) / 365.25;
        var exposure = provider.Type switch
        {
            ProviderServiceTypes.CareHomeNursing or ProviderServiceTypes.CareHomeResidential => 1.3,
            ProviderServiceTypes.Homecare => 1.2,
            _ => 0.7,
        };
        var concerns = new List<(DateOnly Opened, string Kind, double MedianDays)>();
        foreach (var (kind, perYear, medianDays) in ConcernRates)
        {
            var weakness = kind == ConcernKinds.Safeguarding ? 1 + Math.Max(0, -provider.QualityAt(from, _first)) : 1;
            var n = random.Poisson(perYear * exposure * weakness * years);
            for (var i = 0; i < n; i++)
            {
                concerns.Add((DateOnly.FromDayNumber(from.DayNumber + random.Next(to.DayNumber - from.DayNumber + 1)), kind, medianDays));
            }
        }

        var sequence = 0;
        foreach (var (opened, kind, medianDays) in concerns.OrderBy(c => c.Opened).ThenBy(c => c.Kind, StringComparer.Ordinal))
        {
            var closed = opened.AddDays(Math.Max(1, (int)Math.Round(random.LogNormal(medianDays, 0.7))));
            sequence++;
            rows.Add(new ConcernRow(
                string.Create(CultureInfo.InvariantCulture, $"CN{provider.Ordinal:0000}-{sequence:00}"), provider.Code, kind, opened,
                closed <= _last ? closed : null, Pick(random, CommissioningNames.Concerns[kind])));
        }
    }
}
