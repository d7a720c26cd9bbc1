namespace LocalCare.Core.Generation.Commissioning;

/// <summary>CQC's ratings of the register's locations: a history of publications, each rating every domain.</summary>
public sealed partial class CommissioningGenerator
{
    /// <summary>CQC's locations are a little better than the council's audits find (most homes are rated good).</summary>
    private const double CqcLift = 0.5;

    private void RatingsOf(ProviderModel provider, CqcLocation location, List<CqcRatingRow> rows)
    {
        var random = new Random(Seeds.For(Settings.Seed, Seeds.Commissioning, CqcStream, provider.Ordinal));

        // Registered before its first contract here (at most three years before the first month), first rated at least a month before the last.
        var publication = provider.Entry.AddDays(-random.Next(100, 1500));
        if (publication < _first.AddYears(-3))
        {
            publication = _first.AddYears(-3).AddDays(random.Next(0, 365));
        }

        if (publication > _last.AddDays(-30))
        {
            publication = _last.AddDays(-30 - random.Next(0, 90));
        }

        var first = true;
        var latest = publication;
        while (publication <= _last)
        {
            var quality = provider.QualityAt(publication, _first) + CqcLift;
            var overall = Publish(random, location, CqcDomains.Overall, quality, publication, first && random.Chance(0.06), rows);
            first = false;
            latest = publication;
            publication = publication.AddDays(NextInspection(random, overall));
        }

        if (provider.ServiceGroups is { } groups)
        {
            // Rated per service at its latest inspection: the location's Overall is unrated; each service has its own ratings.
            rows.RemoveAll(r => ReferenceEquals(r.Location, location) && r.PublicationDate == latest);
            foreach (var domain in CqcDomains.All)
            {
                rows.Add(new CqcRatingRow(location, CqcDomains.Overall, domain, CqcRatings.NotRated, latest, false));
            }

            var quality = provider.QualityAt(latest, _first) + CqcLift;
            foreach (var group in groups)
            {
                Publish(random, location, group, quality + (0.4 * random.Normal()), latest, false, rows);
            }
        }
    }

    /// <summary>Days to the next publication: poor ratings are re-inspected sooner.</summary>
    private static int NextInspection(Random random, string overall) => overall switch
    {
        CqcRatings.Inadequate => random.Next(180, 300),
        CqcRatings.RequiresImprovement => random.Next(300, 500),
        CqcRatings.Outstanding => random.Next(900, 1600),
        _ => random.Next(700, 1400),
    };

    /// <summary>Writes the six domain rows of one service/population group at one publication; returns the Overall rating.</summary>
    private static string Publish(Random random, CqcLocation location, string group, double quality, DateOnly publication, bool inherited, List<CqcRatingRow> rows)
    {
        var questions = new string[5];
        for (var i = 0; i < questions.Length; i++)
        {
            questions[i] = random.Chance(0.02) ? CqcRatings.InsufficientEvidence : DomainRating(random, quality);
        }

        var overall = OverallOf(questions);
        rows.Add(new CqcRatingRow(location, group, CqcDomains.Overall, overall, publication, inherited));
        for (var i = 0; i < questions.Length; i++)
        {
            rows.Add(new CqcRatingRow(location, group, CqcDomains.All[i + 1], questions[i], publication, inherited));
        }

        return overall;
    }

    private static string DomainRating(Random random, double quality) => (quality + (0.6 * random.Normal())) switch
    {
        > 1.9 => CqcRatings.Outstanding,
        > -0.9 => CqcRatings.Good,
        > -2.1 => CqcRatings.RequiresImprovement,
        _ => CqcRatings.Inadequate,
    };

    /// <summary>CQC's aggregation of the key questions: two inadequate make inadequate; one, or two requiring improvement, requires improvement; two outstanding (and the rest good) outstanding.</summary>
    private static string OverallOf(string[] questions)
    {
        var inadequate = questions.Count(q => q == CqcRatings.Inadequate);
        var improvement = questions.Count(q => q == CqcRatings.RequiresImprovement);
        var outstanding = questions.Count(q => q == CqcRatings.Outstanding);
        if (questions.All(q => q == CqcRatings.InsufficientEvidence))
        {
            return CqcRatings.NotRated;
        }

        return inadequate >= 2 ? CqcRatings.Inadequate
            : inadequate == 1 || improvement >= 2 ? CqcRatings.RequiresImprovement
            : outstanding >= 2 && improvement == 0 ? CqcRatings.Outstanding
            : CqcRatings.Good;
    }
}
