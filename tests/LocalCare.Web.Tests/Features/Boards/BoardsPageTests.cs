using Microsoft.EntityFrameworkCore;

namespace LocalCare.Web.Tests.Features.Boards;

public sealed class BoardsPageTests(LocalCareWebFactory factory) : IClassFixture<LocalCareWebFactory>
{
    [Fact]
    public async Task Get_WhenSignedIn_ListsEveryBoardWithCadenceAndLink()
    {
        using var client = await factory.CreateSignedInClientAsync();
        var boards = await factory.QueryAsync(db => db.Boards.AsNoTracking().OrderBy(b => b.Order).ToListAsync(TestContext.Current.CancellationToken));

        var page = await client.GetHtmlAsync("/boards");
        var rows = page.QuerySelectorAll("[data-testid=boards] tbody tr").ToList();

        Assert.Equal(boards.Select(b => b.Code), rows.Select(r => r.GetAttribute("data-board")));
        foreach (var (board, row) in boards.Zip(rows))
        {
            var cells = row.QuerySelectorAll("td").ToList();
            Assert.Equal(board.Name, cells[0].QuerySelector("a")!.Text());
            Assert.Equal($"/boards/{board.Code}", cells[0].QuerySelector("a")!.GetAttribute("href"));
            Assert.Equal(board.Cadence.ToString(), cells[1].Text());
            Assert.Equal(board.Purpose, cells[2].Text());
        }
    }
}
