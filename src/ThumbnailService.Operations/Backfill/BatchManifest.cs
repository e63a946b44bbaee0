using System.Text;

namespace ThumbnailService.Operations.Backfill;

/// <summary>
/// An S3 Batch Operations manifest in the <c>S3BatchOperations_CSV_20180820</c> format with the fields Bucket, Key: one
/// <c>bucket,key</c> line per object. The S3 user guide requires the object keys of a CSV manifest to be URL-encoded; each
/// path segment is percent-encoded as RFC 3986 data (UTF-8; a space is %20, '+' is %2B, ',' is %2C so no CSV quoting is
/// needed) and '/' is kept. Batch Operations hands the encoded key to the function, which decodes it once (form URL
/// decoding, where %20 and %2B come back as ' ' and '+').
/// </summary>
internal static class BatchManifest
{
    public static string Line(string bucket, string key) => $"{bucket},{EncodeKey(key)}";

    public static string EncodeKey(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return string.Join('/', key.Split('/').Select(Uri.EscapeDataString));
    }

    /// <summary>Writes one line per key, in ordinal key order, with '\n' endings and no header; returns the number of lines.</summary>
    public static async Task<int> WriteAsync(string path, string bucket, IEnumerable<string> keys, CancellationToken cancellationToken)
    {
        var lines = keys.Order(StringComparer.Ordinal).Select(key => Line(bucket, key)).ToList();
        await using var writer = new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        foreach (var line in lines)
        {
            await writer.WriteAsync(line.AsMemory(), cancellationToken);
            await writer.WriteAsync('\n');
        }

        return lines.Count;
    }
}
