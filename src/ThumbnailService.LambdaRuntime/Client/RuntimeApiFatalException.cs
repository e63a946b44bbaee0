namespace ThumbnailService.LambdaRuntime.Client;

/// <summary>The Runtime API failed (transport error or HTTP 500): the process must exit and let Lambda restart it.</summary>
public sealed class RuntimeApiFatalException : Exception
{
    public RuntimeApiFatalException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }
}
