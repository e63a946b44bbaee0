using System.Globalization;

namespace ThumbnailService.LambdaRuntime;

/// <summary>.NET does not see Lambda's memory setting: cap the managed heap from AWS_LAMBDA_FUNCTION_MEMORY_SIZE.</summary>
public static class GcHeapLimit
{
    /// <summary>Share of the function's memory the managed heap may use; the rest is for native buffers, code and the runtime.</summary>
    public const double HeapShare = 0.75;

    /// <summary>Applies the limit; returns it in bytes, or null when the variable is absent or not a positive number.</summary>
    public static ulong? ApplyFromEnvironment(Func<string, string?> getVariable)
    {
        ArgumentNullException.ThrowIfNull(getVariable);
        if (!int.TryParse(getVariable(RuntimeEnvironmentVariables.MemorySizeMb), NumberStyles.Integer, CultureInfo.InvariantCulture, out var megabytes)
            || megabytes <= 0)
        {
            return null;
        }

        var limit = (ulong)(megabytes * 1024.0 * 1024.0 * HeapShare);
        AppContext.SetData("GCHeapHardLimit", limit);
        GC.RefreshMemoryLimit();
        return limit;
    }
}
