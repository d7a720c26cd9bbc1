using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace LocalCare.Data.Imports;

/// <summary>
/// A transaction of the app database's own, or a part of the caller's when one is already open: an import that stores
/// several kinds of file (organisation, commissioning, CQC ratings) opens one for the run, and each kind's store joins it.
/// Only the owner commits; disposing an uncommitted owner rolls everything back.
/// </summary>
public sealed class AppTransaction : IAsyncDisposable
{
    private readonly IDbContextTransaction? _own;

    private AppTransaction(IDbContextTransaction? own) => _own = own;

    public static async Task<AppTransaction> BeginAsync(LocalCareDbContext db, CancellationToken cancellationToken) =>
        new(db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null);

    /// <summary>Commits when this is the owner; a joined part is committed with the caller's.</summary>
    public Task CommitAsync(CancellationToken cancellationToken) => _own?.CommitAsync(cancellationToken) ?? Task.CompletedTask;

    public ValueTask DisposeAsync() => _own?.DisposeAsync() ?? ValueTask.CompletedTask;
}
