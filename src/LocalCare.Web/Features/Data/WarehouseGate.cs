using DuckDB.NET.Data;

namespace LocalCare.Web.Features.Data;

/// <summary>
/// Takes turns at the warehouse file inside the web app: any number of readers at once, or one writer alone.
/// </summary>
/// <remarks>
/// DuckDB.NET shares one database instance per file within a process, opened as the first connection asked (read-only or
/// read-write). Without turns, an import that starts while a page is reading would get the read-only instance and fail, and
/// two imports at once would both take the next import id. Between processes DuckDB's file lock decides: while the
/// <c>localcare</c> CLI writes, opening fails with "Could not set lock", which becomes <see cref="WarehouseBusyException"/>.
/// </remarks>
public sealed class WarehouseGate : IDisposable
{
    private readonly SemaphoreSlim _turn = new(1, 1);    // held by the writer, or by the readers together
    private readonly SemaphoreSlim _counter = new(1, 1); // guards _readers
    private int _readers;

    /// <summary>Runs <paramref name="read"/> (which opens and disposes its own read-only connection) alongside other readers.</summary>
    public async Task<T> ReadAsync<T>(Func<T> read, CancellationToken cancellationToken)
    {
        await _counter.WaitAsync(cancellationToken);
        try
        {
            if (_readers == 0)
            {
                await _turn.WaitAsync(cancellationToken);
            }

            _readers++;
        }
        finally
        {
            _counter.Release();
        }

        try
        {
            return read();
        }
        catch (DuckDBException e) when (IsLocked(e))
        {
            throw new WarehouseBusyException(e);
        }
        finally
        {
            await _counter.WaitAsync(CancellationToken.None);
            if (--_readers == 0)
            {
                _turn.Release();
            }

            _counter.Release();
        }
    }

    /// <summary>Runs <paramref name="write"/> once no one else is using the warehouse.</summary>
    public async Task<T> WriteAsync<T>(Func<Task<T>> write, CancellationToken cancellationToken)
    {
        await _turn.WaitAsync(cancellationToken);
        try
        {
            return await write();
        }
        catch (DuckDBException e) when (IsLocked(e))
        {
            throw new WarehouseBusyException(e);
        }
        finally
        {
            _turn.Release();
        }
    }

    public void Dispose()
    {
        _turn.Dispose();
        _counter.Dispose();
    }

    /// <summary>DuckDB's words when another process holds the file.</summary>
    private static bool IsLocked(DuckDBException e) => e.Message.Contains("Could not set lock", StringComparison.Ordinal);
}

/// <summary>Another process (an import from the <c>localcare</c> CLI) is writing to the warehouse; try again shortly.</summary>
public sealed class WarehouseBusyException : Exception
{
    public WarehouseBusyException()
        : base("The warehouse is busy: another process is importing into it.")
    {
    }

    public WarehouseBusyException(Exception innerException)
        : this("The warehouse is busy: another process is importing into it.", innerException)
    {
    }

    public WarehouseBusyException(string message)
        : base(message)
    {
    }

    public WarehouseBusyException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
