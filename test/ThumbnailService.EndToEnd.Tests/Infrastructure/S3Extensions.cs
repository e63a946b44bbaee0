using Amazon.S3;
using Amazon.S3.Model;
using ThumbnailService.Local.Pipeline;

namespace ThumbnailService.EndToEnd.Tests.Infrastructure;

internal static class S3Extensions
{
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    public static async Task PutAsync(this AmazonS3Client s3, string bucket, string key, byte[] body, string contentType = "application/octet-stream")
    {
        using var stream = new MemoryStream(body);
        await s3.PutObjectAsync(new PutObjectRequest { BucketName = bucket, Key = key, InputStream = stream, ContentType = contentType });
    }

    public static async Task<byte[]?> GetBytesAsync(this AmazonS3Client s3, string bucket, string key)
    {
        try
        {
            using var response = await s3.GetObjectAsync(bucket, key);
            using var copy = new MemoryStream();
            await response.ResponseStream.CopyToAsync(copy);
            return copy.ToArray();
        }
        catch (AmazonS3Exception e) when (e.StatusCode == System.Net.HttpStatusCode.NotFound)
        {
            return null;
        }
    }

    /// <summary>Uploads to the source bucket and waits for the thumbnail function's final result for that key.</summary>
    public static Task<RoutedInvocation> UploadAndWaitAsync(this PipelineFixture fixture, string key, byte[] body) =>
        fixture.S3.UploadAndWaitAsync(fixture.Pipeline.Journal, fixture.Pipeline.Options.SourceBucket, key, body);

    /// <summary>Deletes from the source bucket and waits for the cleanup function's first result for that key.</summary>
    public static Task<RoutedInvocation> DeleteAndWaitAsync(this PipelineFixture fixture, string key) =>
        fixture.S3.DeleteAndWaitAsync(fixture.Pipeline.Journal, fixture.Pipeline.Options.SourceBucket, key);

    /// <summary>Uploads <paramref name="key"/> and waits for the next final result of the thumbnail function for it.</summary>
    public static async Task<RoutedInvocation> UploadAndWaitAsync(
        this AmazonS3Client s3, InvocationJournal<RoutedInvocation> journal, string bucket, string key, byte[] body)
    {
        bool Match(RoutedInvocation i) => i.Key == key && i.Function == "thumbnail";
        var before = journal.Count(Match);
        await s3.PutAsync(bucket, key, body);
        return await journal.WaitForAsync(Match, before + 1, CancellationToken.None).WaitAsync(Patience);
    }

    /// <summary>Deletes <paramref name="key"/> and waits for the cleanup function's first result for it.</summary>
    public static async Task<RoutedInvocation> DeleteAndWaitAsync(this AmazonS3Client s3, InvocationJournal<RoutedInvocation> journal, string bucket, string key)
    {
        await s3.DeleteObjectAsync(bucket, key);
        return await journal.WaitForAsync(i => i.Key == key && i.Function == "cleanup", CancellationToken.None).WaitAsync(Patience);
    }
}
