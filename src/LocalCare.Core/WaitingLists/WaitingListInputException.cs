namespace LocalCare.Core.WaitingLists;

/// <summary>Numbers the waiting-list model or simulator cannot use (a capacity of 0, a negative queue, a target of no weeks); the message says which and why.</summary>
public sealed class WaitingListInputException : Exception
{
    public WaitingListInputException(string message)
        : base(message)
    {
    }

    public WaitingListInputException()
        : this("The waiting-list numbers cannot be used.")
    {
    }

    public WaitingListInputException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
