-- AlterEnum
ALTER TYPE "ApplicationStatus" ADD VALUE 'REVOKED';

