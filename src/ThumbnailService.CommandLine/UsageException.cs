namespace ThumbnailService.CommandLine;

/// <summary>Bad command-line usage: the dispatcher prints the message and the usage line, and exits 2.</summary>
public sealed class UsageException : Exception
{
    public UsageException(string message)
        : base(message)
    {
    }

    public UsageException()
    {
    }

    public UsageException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
