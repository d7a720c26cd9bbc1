namespace LocalCare.Cli;

/// <summary>A mistake the user can fix that is not about an input file's content (no organisation loaded, a bad setting): exit code 1, the message and nothing else.</summary>
public sealed class UserErrorException : Exception
{
    public UserErrorException(string message)
        : base(message)
    {
    }

    public UserErrorException()
        : this("The command cannot run as asked.")
    {
    }

    public UserErrorException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
