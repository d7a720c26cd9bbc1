namespace LocalCare.Data.Backup;

/// <summary>A backup or restore cannot be done as asked (the file exists, the directory is not empty, the archive is damaged): the message says what and what to do.</summary>
public sealed class BackupException : Exception
{
    public BackupException(string message)
        : base(message)
    {
    }

    public BackupException()
        : this("The backup or restore cannot be done as asked.")
    {
    }

    public BackupException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
