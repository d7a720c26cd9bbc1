namespace LocalCare.Web.Caching;

/// <summary>
/// A page's rendered bytes with holes where the request's CSP nonce and antiforgery token go: filled afresh for each
/// response, so a kept page never replays another response's nonce or token.
/// </summary>
public sealed class RenderedPage
{
    private readonly ReadOnlyMemory<byte>[] _literals;
    private readonly Hole[] _holes;
    private readonly int _literalBytes;

    private RenderedPage(string contentType, ReadOnlyMemory<byte>[] literals, Hole[] holes)
    {
        ContentType = contentType;
        _literals = literals;
        _holes = holes;
        _literalBytes = literals.Sum(l => l.Length);
    }

    /// <summary>What a hole is filled with.</summary>
    public enum Hole
    {
        Nonce,
        AntiforgeryToken,
    }

    public string ContentType { get; }

    /// <summary>The bytes kept (for the cache's size bound).</summary>
    public int Size => _literalBytes;

    /// <summary>The holes, in order (for tests).</summary>
    public IReadOnlyList<Hole> Holes => _holes;

    /// <summary>
    /// The page as rendered for one request, with every occurrence of that request's <paramref name="nonce"/> and
    /// <paramref name="token"/> made a hole. Both are random (128 bits or more) and written without encoding, so an occurrence
    /// is theirs and no other text's.
    /// </summary>
    public static RenderedPage Of(string contentType, ReadOnlyMemory<byte> body, string nonce, string? token)
    {
        var marks = new List<(int At, int Length, Hole Hole)>();
        Find(body.Span, System.Text.Encoding.ASCII.GetBytes(nonce), Hole.Nonce, marks);
        if (!string.IsNullOrEmpty(token))
        {
            Find(body.Span, System.Text.Encoding.ASCII.GetBytes(token), Hole.AntiforgeryToken, marks);
        }

        marks.Sort((a, b) => a.At.CompareTo(b.At));
        var literals = new List<ReadOnlyMemory<byte>>(marks.Count + 1);
        var holes = new Hole[marks.Count];
        var from = 0;
        for (var i = 0; i < marks.Count; i++)
        {
            literals.Add(body[from..marks[i].At]);
            holes[i] = marks[i].Hole;
            from = marks[i].At + marks[i].Length;
        }

        literals.Add(body[from..]);
        return new RenderedPage(contentType, [.. literals], holes);
    }

    /// <summary>The page's length for this nonce and token.</summary>
    public long Length(string nonce, string token) =>
        _literalBytes + _holes.Sum(h => (long)(h == Hole.Nonce ? nonce.Length : token.Length));

    /// <summary>Writes the page with this response's nonce and token in the holes.</summary>
    public async Task WriteAsync(Stream body, string nonce, string token, CancellationToken cancellationToken)
    {
        var nonceBytes = System.Text.Encoding.ASCII.GetBytes(nonce);
        var tokenBytes = System.Text.Encoding.ASCII.GetBytes(token);
        for (var i = 0; i < _holes.Length; i++)
        {
            await body.WriteAsync(_literals[i], cancellationToken);
            await body.WriteAsync(_holes[i] == Hole.Nonce ? nonceBytes : tokenBytes, cancellationToken);
        }

        await body.WriteAsync(_literals[^1], cancellationToken);
    }

    private static void Find(ReadOnlySpan<byte> body, ReadOnlySpan<byte> value, Hole hole, List<(int, int, Hole)> marks)
    {
        var from = 0;
        while (from < body.Length)
        {
            var at = body[from..].IndexOf(value);
            if (at < 0)
            {
                return;
            }

            marks.Add((from + at, value.Length, hole));
            from += at + value.Length;
        }
    }
}
