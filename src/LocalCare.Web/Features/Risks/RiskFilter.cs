using LocalCare.Core.Risks;

namespace LocalCare.Web.Features.Risks;

/// <summary>The register's filters as the query string gives them: band, owner, board, category, and overdue for review.</summary>
public sealed record RiskFilter(string? Band, string? Owner, string? Board, string? Category, bool Overdue)
{
    public bool Any => !string.IsNullOrWhiteSpace(Band) || !string.IsNullOrWhiteSpace(Owner) || !string.IsNullOrWhiteSpace(Board) || !string.IsNullOrWhiteSpace(Category) || Overdue;

    /// <summary>The risks that pass every filter given, in code order; an unknown band or category matches nothing.</summary>
    public IReadOnlyList<Risk> Apply(IEnumerable<Risk> risks, DateOnly today)
    {
        var query = risks;
        if (!string.IsNullOrWhiteSpace(Band))
        {
            var band = RiskScoreBands.Parse(Band);
            query = query.Where(r => r.Current.Band == band);
        }

        if (!string.IsNullOrWhiteSpace(Owner))
        {
            query = query.Where(r => string.Equals(r.Owner, Owner.Trim(), StringComparison.OrdinalIgnoreCase));
        }

        if (!string.IsNullOrWhiteSpace(Board))
        {
            query = query.Where(r => r.LinksOf(RiskLinkKind.Board).Contains(Board.Trim(), StringComparer.OrdinalIgnoreCase));
        }

        if (!string.IsNullOrWhiteSpace(Category))
        {
            var category = RiskCategories.Parse(Category);
            query = query.Where(r => r.Category == category);
        }

        if (Overdue)
        {
            query = query.Where(r => r.IsReviewOverdueOn(today));
        }

        return [.. query.OrderBy(r => r.Code, StringComparer.Ordinal)];
    }
}
