using LocalCare.Core.Organisation;

namespace LocalCare.Core.Generation;

/// <summary>
/// Where a service's people live. Every person lives in one neighbourhood (their number says which), or is one of a
/// small pool whose neighbourhood is unknown. A locality's services mostly see people of that locality.
/// </summary>
internal sealed class Catchment
{
    /// <summary>Share of people whose neighbourhood is not recorded.</summary>
    public const double UnknownShare = 0.02;

    /// <summary>Share of a locality service's people who live in another locality.</summary>
    private const double OutOfLocalityShare = 0.03;

    private readonly string[] _codes;
    private readonly int[] _firstPerson;
    private readonly int[] _population;
    private readonly double[] _cumulative;
    private readonly int _unknownFirst;
    private readonly int _unknownCount;

    private Catchment(string[] codes, int[] firstPerson, int[] population, double[] cumulative, int unknownFirst, int unknownCount)
    {
        _codes = codes;
        _firstPerson = firstPerson;
        _population = population;
        _cumulative = cumulative;
        _unknownFirst = unknownFirst;
        _unknownCount = unknownCount;
    }

    /// <summary>The catchment of <paramref name="service"/> over the organisation's neighbourhoods.</summary>
    public static Catchment For(OrganisationUnit service, IReadOnlyList<OrganisationUnit> neighbourhoods)
    {
        var codes = neighbourhoods.Select(n => n.Code).ToArray();
        var population = neighbourhoods.Select(n => 30_000 + (int)(25_000 * Seeds.Trait(n.Code, 3))).ToArray();
        var firstPerson = new int[codes.Length];
        var next = 1;
        for (var i = 0; i < codes.Length; i++)
        {
            firstPerson[i] = next;
            next += population[i];
        }

        var weights = population.Select(p => (double)p).ToArray();
        var local = neighbourhoods.Select(n => n.ParentCode == service.ParentCode).ToArray();
        var localTotal = weights.Where((_, i) => local[i]).Sum();
        var otherTotal = weights.Sum() - localTotal;
        if (localTotal > 0 && otherTotal > 0)
        {
            var otherScale = OutOfLocalityShare / (1 - OutOfLocalityShare) * localTotal / otherTotal;
            for (var i = 0; i < weights.Length; i++)
            {
                weights[i] *= local[i] ? 1 : otherScale;
            }
        }

        var cumulative = new double[weights.Length];
        var total = weights.Sum();
        var running = 0.0;
        for (var i = 0; i < weights.Length; i++)
        {
            running += weights[i];
            cumulative[i] = running / total;
        }

        var unknownCount = Math.Max(1000, (int)((next - 1) * 0.03));
        return new Catchment(codes, firstPerson, population, cumulative, next, unknownCount);
    }

    /// <summary>A person the service sees, and their neighbourhood (null = unknown).</summary>
    public (PersonKey Person, string? Neighbourhood) Draw(Random random)
    {
        if (_codes.Length == 0 || random.Chance(UnknownShare))
        {
            return (new PersonKey(_unknownFirst + random.Next(_unknownCount)), null);
        }

        var i = random.Pick(_cumulative);
        return (new PersonKey(_firstPerson[i] + random.Next(_population[i])), _codes[i]);
    }

    /// <summary>A neighbourhood for a record that is not about one person (incidents, experience); null 2% of the time.</summary>
    public string? DrawNeighbourhood(Random random) =>
        _codes.Length == 0 || random.Chance(UnknownShare) ? null : _codes[random.Pick(_cumulative)];
}
