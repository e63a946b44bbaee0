using System.Security.Cryptography;
using Amazon.S3;
using Amazon.S3.Model;

namespace ThumbnailService.Local.Tests.S3Host;

internal static class TestBytes
{
    public static byte[] Random(int size)
    {
        var bytes = new byte[size];
        RandomNumberGenerator.Fill(bytes);
        return bytes;
    }

    public static async Task<byte[]> ReadObjectAsync(IAmazonS3 client, string bucket, string key)
    {
        using var response = await client.GetObjectAsync(bucket, key);
        using var buffer = new MemoryStream();
        await response.ResponseStream.CopyToAsync(buffer);
        return buffer.ToArray();
    }

    public static Task<PutObjectResponse> PutAsync(IAmazonS3 client, string bucket, string key, byte[] bytes) =>
        client.PutObjectAsync(new PutObjectRequest { BucketName = bucket, Key = key, InputStream = new MemoryStream(bytes) });
}
