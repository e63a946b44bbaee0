namespace ThumbnailService.LambdaRuntime.Client;

/// <summary>The body of an error post: <c>{errorMessage, errorType, stackTrace}</c>, plus the <c>Category.Reason</c> header value.</summary>
public sealed record ErrorReport(string ErrorMessage, string ErrorType, IReadOnlyList<string> StackTrace, string FunctionErrorType)
{
    internal const int MaxMessageChars = 8 * 1024;
    internal const int MaxStackFrames = 50;
    internal const int MaxFrameChars = 512;

    /// <summary>Builds a size-capped report: message, type name and at most 50 frames of the stack trace.</summary>
    public static ErrorReport FromException(Exception exception, string functionErrorType)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var frames = (exception.StackTrace ?? string.Empty)
            .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Take(MaxStackFrames)
            .Select(frame => Truncate(frame, MaxFrameChars))
            .ToArray();
        return new ErrorReport(Truncate(exception.Message, MaxMessageChars), exception.GetType().Name, frames, functionErrorType);
    }

    public static ErrorReport FromMessage(string message, string errorType, string functionErrorType) =>
        new(Truncate(message, MaxMessageChars), errorType, [], functionErrorType);

    private static string Truncate(string text, int max) =>
        text.Length <= max ? text : string.Concat(text.AsSpan(0, max - 3), "...");
}
