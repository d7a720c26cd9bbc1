using LocalCare.Core.Commissioning;

namespace LocalCare.Core.Tests.Commissioning;

public sealed class CqcRatingsTests
{
    [Theory]
    [InlineData("Outstanding", CqcRating.Outstanding)]
    [InlineData("Good", CqcRating.Good)]
    [InlineData("Requires improvement", CqcRating.RequiresImprovement)]
    [InlineData("Inadequate", CqcRating.Inadequate)]
    [InlineData("OUTSTANDING", CqcRating.Outstanding)]
    [InlineData("good", CqcRating.Good)]
    [InlineData("Requires Improvement", CqcRating.RequiresImprovement)]
    [InlineData("  requires   improvement ", CqcRating.RequiresImprovement)]
    [InlineData("inADEquate", CqcRating.Inadequate)]
    public void Parse_ReadsTheFourRatings_CaseInsensitively(string text, CqcRating rating)
    {
        Assert.Equal(rating, CqcRatings.Parse(text));
    }

    [Theory]
    [InlineData("Not Rated")]
    [InlineData("not rated")]
    [InlineData("Insufficient evidence to rate")]
    [InlineData("INSUFFICIENT EVIDENCE TO RATE")]
    [InlineData("Not Yet Inspected")]
    [InlineData("No published rating")]
    [InlineData("Requires_improvement")]
    [InlineData("Good.")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public void Parse_IsUnrated_ForAnyOtherText(string? text)
    {
        Assert.Null(CqcRatings.Parse(text));
    }

    [Theory]
    [InlineData(CqcRating.Outstanding, "outstanding", "Outstanding")]
    [InlineData(CqcRating.Good, "good", "Good")]
    [InlineData(CqcRating.RequiresImprovement, "requires_improvement", "Requires improvement")]
    [InlineData(CqcRating.Inadequate, "inadequate", "Inadequate")]
    public void Codes_AreSnakeCase_AndTextIsTheWorkbooks(CqcRating rating, string code, string text)
    {
        Assert.Equal(code, rating.ToCode());
        Assert.Equal(text, rating.ToText());
        Assert.True(CqcRatings.TryParseCode(code, out var parsed));
        Assert.Equal(rating, parsed);
    }

    [Fact]
    public void WorstFirst_IsInadequateRequiresImprovementGoodOutstanding()
    {
        Assert.Equal([CqcRating.Inadequate, CqcRating.RequiresImprovement, CqcRating.Good, CqcRating.Outstanding], CqcRatings.WorstFirst);
        Assert.Equal([0, 1, 2, 3], CqcRatings.WorstFirst.Select(r => r.WorstFirstRank()));
    }

    [Fact]
    public void Worst_IsTheWorstGiven_OrNullForNone()
    {
        Assert.Equal(CqcRating.RequiresImprovement, CqcRatings.Worst([CqcRating.Good, CqcRating.RequiresImprovement, CqcRating.Outstanding]));
        Assert.Equal(CqcRating.Inadequate, CqcRatings.Worst([CqcRating.Inadequate, CqcRating.Good]));
        Assert.Equal(CqcRating.Outstanding, CqcRatings.Worst([CqcRating.Outstanding]));
        Assert.Null(CqcRatings.Worst([]));
    }

    [Fact]
    public void GoodOrOutstanding_IsOnlyThoseTwo()
    {
        Assert.True(CqcRating.Outstanding.IsGoodOrOutstanding());
        Assert.True(CqcRating.Good.IsGoodOrOutstanding());
        Assert.False(CqcRating.RequiresImprovement.IsGoodOrOutstanding());
        Assert.False(CqcRating.Inadequate.IsGoodOrOutstanding());
    }
}
