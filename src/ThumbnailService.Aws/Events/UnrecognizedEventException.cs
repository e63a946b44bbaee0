namespace ThumbnailService.Aws.Events;

/// <summary>The payload is not an event this function accepts; the message says what arrived.</summary>
public sealed class UnrecognizedEventException : Exception
{
    public UnrecognizedEventException(string message)
        : base(message)
    {
    }
}
