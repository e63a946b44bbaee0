namespace ThumbnailService.Local.Emulator;

/// <summary>
/// Header names and limits of the Invoke API side of the emulator. The Runtime API's own header names are the
/// runtime's (<see cref="ThumbnailService.LambdaRuntime.Client.RuntimeApiHeaders"/>): one home for both ends.
/// </summary>
internal static class InvokeApi
{
    public const string FunctionErrorHeader = "X-Amz-Function-Error";
    public const string ClientContextHeader = "X-Amz-Client-Context";
    public const string TraceIdHeader = "X-Amzn-Trace-Id";

    /// <summary>Largest response the Runtime API accepts: 6 MiB plus 100 bytes, as the RIE.</summary>
    public const int MaxResponseBytes = (6 * 1024 * 1024) + 100;
}
