namespace ThumbnailService.TestSupport.Time;

/// <summary>
/// How long a test waits for a signal that comes for certain unless the code under test is broken (a handler started, a
/// request arrived). Only a guard against hanging the suite, never a measurement: generous, so no load can trip it.
/// </summary>
internal static class HangGuard
{
    public static readonly TimeSpan Limit = TimeSpan.FromSeconds(60);
}
