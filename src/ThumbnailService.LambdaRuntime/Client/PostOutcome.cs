namespace ThumbnailService.LambdaRuntime.Client;

/// <summary>How the Runtime API answered a response or error post (500 and transport failures throw instead).</summary>
public enum PostOutcome
{
    /// <summary>202: accepted.</summary>
    Accepted,

    /// <summary>413: the response was too large; the platform already failed the invocation. Do not post an error too.</summary>
    PayloadTooLarge,

    /// <summary>400 or 403: our state machine disagrees with the platform's (unknown id, out of order). Log and go on.</summary>
    Refused,
}
