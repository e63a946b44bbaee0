namespace ThumbnailService.EndToEnd.Tests.Reliability;

/// <summary>What must never appear in a function log: the secret key, SigV4 authorisation or presigned-URL parts.</summary>
internal static class LogSecrets
{
    public static void AssertClean(IEnumerable<string> lines, string secretKey)
    {
        var all = lines.ToList();
        Assert.NotEmpty(all);
        foreach (var forbidden in new[] { secretKey, "X-Amz-Signature", "X-Amz-Credential", "AWS4-HMAC-SHA256", "Signature=", "x-amz-security-token" })
        {
            Assert.DoesNotContain(all, line => line.Contains(forbidden, StringComparison.OrdinalIgnoreCase));
        }
    }
}
