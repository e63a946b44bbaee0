using Amazon.S3;
using ThumbnailService.Local.Pipeline;

namespace ThumbnailService.EndToEnd.Tests.Infrastructure.Moto;

/// <summary>Upload-and-wait, delete-and-wait and moto's request log for a <see cref="MotoStackFixture"/>.</summary>
internal static class MotoStackExtensions
{
    public static Task<RoutedInvocation> UploadAndWaitAsync(this MotoStackFixture fixture, string key, byte[] body) =>
        fixture.S3.UploadAndWaitAsync(fixture.Journal, fixture.SourceBucket, key, body);

    public static Task<RoutedInvocation> DeleteAndWaitAsync(this MotoStackFixture fixture, string key) =>
        fixture.S3.DeleteAndWaitAsync(fixture.Journal, fixture.SourceBucket, key);

    /// <summary>The S3 requests (<c>METHOD /bucket/key STATUS</c>) on the stack's buckets since <paramref name="mark"/>, once
    /// every request answered so far is logged.</summary>
    public static async Task<IReadOnlyList<string>> S3RequestsSinceAsync(this MotoStackFixture fixture, int mark)
    {
        await fixture.Moto.SyncRequestLogAsync(CancellationToken.None);
        var prefix = $" /{fixture.Template.Parameter("NamePrefix")}-";
        return fixture.Moto.Requests.Since(mark).Where(line => line.Contains(prefix, StringComparison.Ordinal)).ToList();
    }

    /// <summary>The S3 error code a call answers with, or "none" when it succeeds.</summary>
    public static async Task<string> ErrorCodeAsync(Func<Task> call)
    {
        try
        {
            await call();
            return "none";
        }
        catch (AmazonS3Exception e)
        {
            return e.ErrorCode;
        }
    }
}
