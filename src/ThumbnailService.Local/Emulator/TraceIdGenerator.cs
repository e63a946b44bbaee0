using System.Globalization;
using System.Security.Cryptography;

namespace ThumbnailService.Local.Emulator;

/// <summary>Makes X-Ray trace headers: <c>Root=1-&lt;8 hex&gt;-&lt;24 hex&gt;;Parent=&lt;16 hex&gt;;Sampled=0</c>.</summary>
internal static class TraceIdGenerator
{
    public static string New(TimeProvider time)
    {
        var epochSeconds = time.GetUtcNow().ToUnixTimeSeconds();
        var root = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12));
        var parent = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8));
        var seconds = epochSeconds.ToString("x8", CultureInfo.InvariantCulture);
        return $"Root=1-{seconds}-{root};Parent={parent};Sampled=0";
    }
}
