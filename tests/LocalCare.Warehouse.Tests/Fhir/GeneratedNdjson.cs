using System.Globalization;
using System.Text;

namespace LocalCare.Warehouse.Tests.Fhir;

/// <summary>
/// A forward-only NDJSON stream of Appointments made as it is read (never held whole), counting the bytes handed out.
/// Line n is contact APT-n, starting 10 minutes after line n-1 from 2025-01-01T00:00Z, status booked, fulfilled, noshow in turn.
/// </summary>
internal sealed class GeneratedNdjson(int lines) : Stream
{
    private static readonly string[] Statuses = ["booked", "fulfilled", "noshow"];
    private static readonly DateTimeOffset First = new(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private byte[] _current = [];
    private int _offset;
    private int _made;

    public long BytesRead { get; private set; }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => BytesRead;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count)
    {
        if (_offset == _current.Length)
        {
            if (_made == lines)
            {
                return 0;
            }

            _made++;
            _current = Encoding.UTF8.GetBytes(Line(_made) + "\n");
            _offset = 0;
        }

        var n = Math.Min(count, _current.Length - _offset);
        Array.Copy(_current, _offset, buffer, offset, n);
        _offset += n;
        BytesRead += n;
        return n;
    }

    private static string Line(int n)
    {
        var start = First.AddMinutes(10 * (n - 1)).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        return $$"""{"resourceType":"Appointment","id":"a-{{n}}","identifier":[{"system":"https://epr.example.org/Id/appointment","value":"APT-{{n}}"}],"status":"{{Statuses[(n - 1) % 3]}}","basedOn":[{"reference":"ServiceRequest/REF-{{n / 4}}"}],"start":"{{start}}","minutesDuration":30,"participant":[{"actor":{"reference":"Patient/P-{{n % 997}}"},"status":"accepted"},{"actor":{"reference":"HealthcareService/MCR-ICT-N"},"status":"accepted"}]}""";
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
