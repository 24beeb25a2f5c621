import { Field, ID, InputType } from '@nestjs/graphql';
import { IsEmail, IsOptional, IsString, Length, MaxLength, ValidateIf } from 'class-validator';
import { IsCountryCode, IsCurrencyCode } from '../../common/validators.js';

const EMAIL = { message: 'billingEmail must be a valid e-mail address' };

@InputType('CreateClientInput')
export class CreateClientInput {
  @Field() @IsString() @Length(1, 200) name: string;
  @Field() @IsString() @Length(1, 200) legalName: string;
  @Field() @IsString() @Length(1, 200) addressLine: string;
  @Field() @IsString() @Length(1, 100) city: string;
  @Field() @IsString() @Length(1, 20) postalCode: string;
  @Field() @IsCountryCode() country: string;
  @Field(() => String, { nullable: true }) @IsOptional() @ValidateIf((o) => Boolean(o.vatId)) @IsString() @Length(2, 30) vatId?: string | null;
  @Field() @IsEmail({}, EMAIL) @MaxLength(254) billingEmail: string;
  @Field() @IsCurrencyCode() currency: string;
}

@InputType('UpdateClientInput')
export class UpdateClientInput {
  @Field(() => ID) @IsString() id: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @Length(1, 200) name?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @Length(1, 200) legalName?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @Length(1, 200) addressLine?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @Length(1, 100) city?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @Length(1, 20) postalCode?: string;
  @Field({ nullable: true }) @IsOptional() @IsCountryCode() country?: string;
  @Field(() => String, { nullable: true }) @IsOptional() @ValidateIf((o) => Boolean(o.vatId)) @IsString() @Length(2, 30) vatId?: string | null;
  @Field({ nullable: true }) @IsOptional() @IsEmail({}, EMAIL) @MaxLength(254) billingEmail?: string;
}
