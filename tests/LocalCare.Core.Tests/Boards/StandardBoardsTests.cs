using LocalCare.Core.Boards;

namespace LocalCare.Core.Tests.Boards;

public sealed class StandardBoardsTests
{
    [Fact]
    public void TheStandardBoards_AreTheOnesBoardPacksMdNames()
    {
        Assert.Equal(
            [
                "Accountability Board",
                "Health Performance Board",
                "Adult Social Care Performance Board",
                "Finance, Performance and Contracting Group",
                "Transformation Portfolio Board",
                "Joint Commissioning Board",
            ],
            StandardBoards.Create().OrderBy(b => b.Order).Select(b => b.Name));
    }

    [Fact]
    public void CodeForName_FindsABoardByItsName_IgnoringCase()
    {
        Assert.Equal("HPB", StandardBoards.CodeForName("health performance board"));
        Assert.Throws<ArgumentException>(() => StandardBoards.CodeForName("Board of Nobody"));
    }
}
