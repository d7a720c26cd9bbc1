using System.Text;

namespace LocalCare.Data.Commissioning.Cqc;

/// <summary>
/// A streaming RFC 4180 record reader: quoted fields may hold commas, doubled quotes and line breaks; records end at CRLF, LF
/// or CR. Each record carries the physical line it starts on; blank lines are not records. UTF-8, with or without a BOM.
/// </summary>
internal sealed class CsvSheetReader : ISheetReader
{
    private const int End = -1;
    private readonly TextReader _reader;
    private readonly int _maxRecordChars;
    private readonly char[] _buffer = new char[1 << 16];
    private readonly StringBuilder _field = new();
    private int _position;
    private int _length;
    private int _line = 1;
    private int _recordChars;
    private bool[]? _wanted;

    /// <param name="reader">The text, read forward once.</param>
    /// <param name="maxRecordChars">A record longer than this is a format error (used when only sniffing a file's header).</param>
    public CsvSheetReader(TextReader reader, int maxRecordChars = int.MaxValue)
    {
        _reader = reader;
        _maxRecordChars = maxRecordChars;
    }

    public static CsvSheetReader Open(string path, int maxRecordChars = int.MaxValue) =>
        new(new StreamReader(path, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16), maxRecordChars);

    public void Want(bool[]? columns) => _wanted = columns;

    public bool ReadRow(SheetRow row)
    {
        while (ReadRecord(row))
        {
            if (row.HasContent)
            {
                return true;
            }
        }

        return false;
    }

    public void Dispose() => _reader.Dispose();

    private bool ReadRecord(SheetRow row)
    {
        row.Clear();
        if (Peek() == End)
        {
            return false;
        }

        row.Line = _line;
        _recordChars = 0;
        for (var column = 0; ; column++)
        {
            _field.Clear();
            if (Peek() == '"')
            {
                Next();
                ReadQuoted(row.Line);
            }

            // Unquoted text, or (leniently) text after a closing quote, runs to the next comma or line break.
            for (var c = Peek(); c is not (',' or '\n' or '\r' or End); c = Peek())
            {
                Append((char)Next());
            }

            EndField(row, column);
            switch (Next())
            {
                case ',':
                    continue;
                case '\r':
                    if (Peek() == '\n')
                    {
                        Next();
                    }

                    _line++;
                    return true;
                case '\n':
                    _line++;
                    return true;
                default:
                    return true;
            }
        }
    }

    private void ReadQuoted(int startLine)
    {
        while (true)
        {
            var c = Next();
            switch (c)
            {
                case End:
                    throw new SheetFormatException(startLine, "a quoted field starting on this line is not closed");
                case '"' when Peek() == '"':
                    Next();
                    Append('"');
                    break;
                case '"':
                    return;
                case '\n':
                    _line++;
                    Append('\n');
                    break;
                case '\r':
                    if (Peek() != '\n')
                    {
                        _line++;
                    }

                    Append('\r');
                    break;
                default:
                    Append((char)c);
                    break;
            }
        }
    }

    private void EndField(SheetRow row, int column)
    {
        var blank = true;
        foreach (var chunk in _field.GetChunks())
        {
            if (!chunk.Span.IsWhiteSpace())
            {
                blank = false;
                break;
            }
        }

        if (!blank)
        {
            row.HasContent = true;
        }

        if (_wanted is null || (column < _wanted.Length && _wanted[column]))
        {
            row.Set(column, blank ? "" : _field.ToString(), null);
        }
    }

    private void Append(char c)
    {
        if (++_recordChars > _maxRecordChars)
        {
            throw new SheetFormatException(_line, $"a record is longer than {_maxRecordChars} characters");
        }

        _field.Append(c);
    }

    private int Peek()
    {
        if (_position == _length && !Fill())
        {
            return End;
        }

        return _buffer[_position];
    }

    private int Next()
    {
        if (_position == _length && !Fill())
        {
            return End;
        }

        return _buffer[_position++];
    }

    private bool Fill()
    {
        _length = _reader.Read(_buffer, 0, _buffer.Length);
        _position = 0;
        return _length > 0;
    }
}
