namespace LocalCare.Data.Backup;

/// <summary>Where a backup or restore is: a step in words ("waiting for the import to finish", "copying the warehouse").</summary>
public sealed record BackupProgress(string Step);
