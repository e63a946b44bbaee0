namespace ThumbnailService.Local.Emulator;

internal enum InvocationStatus
{
    Succeeded,

    /// <summary>The runtime posted an error, or its response was too large.</summary>
    FunctionError,

    /// <summary>No response before the deadline (or no first <c>next</c> within the init timeout).</summary>
    TimedOut,

    /// <summary>The runtime posted an init error.</summary>
    InitFailed,

    /// <summary>The function process exited before answering.</summary>
    ProcessExited,
}
