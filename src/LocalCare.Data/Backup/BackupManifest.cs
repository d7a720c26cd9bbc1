using System.Text.Json;
using System.Text.Json.Serialization;

namespace LocalCare.Data.Backup;

/// <summary>
/// <c>manifest.json</c>, the first entry of a backup: what made it and when, which app database it came from, and every file
/// with its size and SHA-256, so a restore can check the whole archive before it writes anything.
/// </summary>
public sealed record BackupManifest(
    string Format,
    int FormatVersion,
    string LocalCareVersion,
    DateTime CreatedAt,
    string AppDatabaseProvider,
    bool AppDatabaseIncluded,
    string? AppDatabaseMigration,
    IReadOnlyList<BackupFile> Files,
    IReadOnlyList<string> Excluded)
{
    public const string EntryName = "manifest.json";

    /// <summary>The PostgreSQL app database's pg_dump taken inside the same lock (<c>--pg-dump</c>), kept beside the backup: its file name, size and SHA-256.</summary>
    public BackupFile? AppDatabaseDump { get; init; }

    public const string FormatName = "localcare-backup";
    public const int CurrentVersion = 1;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    public byte[] ToJson() => JsonSerializer.SerializeToUtf8Bytes(this, Json);

    /// <summary>Reads a manifest; null when the bytes are not one (another kind of archive, or damaged).</summary>
    public static BackupManifest? FromJson(ReadOnlySpan<byte> json)
    {
        try
        {
            var manifest = JsonSerializer.Deserialize<BackupManifest>(json, Json);
            return manifest is { Format: FormatName, Files: not null } ? manifest : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}

/// <summary>One file of a backup: its path inside the data directory (with <c>/</c>), its size and its SHA-256 (lower-case hex).</summary>
public sealed record BackupFile(string Path, long Bytes, string Sha256);
