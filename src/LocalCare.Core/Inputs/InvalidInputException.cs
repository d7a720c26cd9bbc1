namespace LocalCare.Core.Inputs;

/// <summary>A user mistake: bad input that is reported line by line, never as a stack trace.</summary>
public sealed class InvalidInputException : Exception
{
    public InvalidInputException(IReadOnlyList<InputError> errors)
        : base(errors.Count == 1 ? errors[0].ToString() : $"{errors.Count} problems in the input; nothing was stored.")
    {
        Errors = errors;
    }

    public InvalidInputException(string message)
        : base(message)
    {
        Errors = [];
    }

    public InvalidInputException()
        : this("The input is not valid.")
    {
    }

    public InvalidInputException(string message, Exception innerException)
        : base(message, innerException)
    {
        Errors = [];
    }

    /// <summary>Every problem found, in file order.</summary>
    public IReadOnlyList<InputError> Errors { get; }
}
