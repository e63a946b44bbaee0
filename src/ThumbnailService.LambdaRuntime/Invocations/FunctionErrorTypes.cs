namespace ThumbnailService.LambdaRuntime.Invocations;

/// <summary>Values of the <c>Lambda-Runtime-Function-Error-Type</c> header (<c>Category.Reason</c>).</summary>
public static class FunctionErrorTypes
{
    public const string Unhandled = "Function.Unhandled";
    public const string Timeout = "Function.Timeout";
    public const string Fatal = "Runtime.ExitError";
    public const string InitError = "Runtime.InitError";

    /// <summary>The Runtime API handed out an invocation with a missing or unreadable header (see <c>RuntimeApiProtocolException</c>).</summary>
    public const string InvalidHeader = "Runtime.InvalidHeader";
}
